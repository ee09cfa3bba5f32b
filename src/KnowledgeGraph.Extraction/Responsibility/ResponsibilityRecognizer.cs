using System.Text;
using KnowledgeGraph.Domain.Measures;
using KnowledgeGraph.Extraction.Measures;
using KnowledgeGraph.Extraction.Units;

namespace KnowledgeGraph.Extraction.Responsibility;

/// <summary>
/// The responsibility bracket of each measure: a label of <c>seeds/reference/responsibility-labels.csv</c> and a colon
/// (责任单位：, 牵头单位：) after an opening bracket of any shape (〔 [ 【 （), up to the last closing bracket of that
/// paragraph, whatever its shape (PDF text mixes them: 〔…】, 〔…]); or a paragraph of the measure that opens with a
/// label (牵头单位：省教育厅；配合单位：省财政厅), up to its end; else an unlabeled bracket that lists units
/// (（省教育厅、省发展改革委、省财政厅）), read like one after 责任单位：; else a sentence that says who is responsible
/// (<see cref="RunningTextResponsibility"/>: 由X牵头，Y配合). <see cref="ResponsibilityForms"/> finds which. Each
/// measure's bracket records the rule applied (<see cref="ResponsibilityRuleKind"/>) and the words it was read from: a
/// stated rule, labels, a sentence, 逗号前 by convention where a list is split by ， and no rule is stated, or every unit
/// leading where the list tells none apart. A measure without one is covered by the bracket of its
/// section's heading, when the measure recogniser found one (<see cref="Measures.MeasureEntity.SectionResponsibility"/>).
/// Inside it, after 责任单位：, the lead rule the document last stated before the bracket's end decides
/// (<see cref="LeadRuleStatements"/>): 逗号前为牵头单位, also when none is stated: units before the first ， lead and
/// every unit after it (a second ， included) is co-responsible, 、 separating units within a group; 排名第一的为牵头单位:
/// the first unit leads and every other shares. A label with a role names the role of every unit
/// after it, up to the next label (〔牵头单位：州教育局、州住房城乡建设局；配合单位：州发展改革委…〕: two leads, then
/// co-responsible units), and there ， only separates units; 责任单位： after 牵头单位： shares, as beside a task table's
/// 牵头单位 column. A label naming the issuer's own offices (责任处室：基础教育处)
/// opens a group that is skipped up to the next label or ；: those offices are not responsible units. A lead rule written
/// after the units without a parenthesis (。逗号前为牵头单位，下同) ends the list; 。 separates like ；. Offices in
/// parentheses closing a unit's name (省教育厅（基础教育处、教师工作处）) are dropped from it; a collective written without
/// its suffix takes the next unit's (各州（市）、县（市、区）人民政府: 各州（市）人民政府), its span as written. A parenthetical that explains the list
/// (（逗号前为牵头单位，下同）: it holds a comma or says 牵头/下同) is a note, not part of a unit name; a closing
/// bracket with no opening one inside the list is a stray (各县（市）〕党委和人民政府) and is dropped from the name;
/// whitespace is dropped too. Each unit's span runs from its first to its last character as written. A measure read
/// from a task table row (<see cref="MeasureEntity.Row"/>) takes the units of its responsibility columns instead, each
/// column's units in its role (牵头单位 leads; 责任单位 or 配合单位 beside it shares).
/// </summary>
public sealed class ResponsibilityRecognizer : IRecognizer
{
    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Needs { get; } = [ExtractionFact.Measures];

    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Produces { get; } = [ExtractionFact.ResponsibilityBrackets];

    private readonly IReadOnlyList<ResponsibilityLabel> _labels;
    private readonly ResponsibilityForms _forms;
    private readonly LeadRuleStatements _leadRules;

    /// <summary>Builds the recogniser from the forms a responsibility is written in.</summary>
    public ResponsibilityRecognizer(ResponsibilityForms forms)
    {
        ArgumentNullException.ThrowIfNull(forms);
        _forms = forms;
        _labels = _forms.Labels.All;
        _leadRules = _forms.LeadRules;
    }

    /// <inheritdoc />
    public void Recognize(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var statements = _leadRules.Find(context.Text.Text);
        foreach (var measure in context.Measures)
        {
            // A measure without a bracket of its own is covered by its section heading's, when that has one.
            var found = measure.Row is { } row ? ReadRow(measure.Id, row, statements) : Read(measure.Id, measure.Text, measure.Span.Start, statements)
                ?? (measure.SectionResponsibility is { } heading ? Read(measure.Id, context.Text.Slice(heading), heading.Start, statements) : null);
            if (found is { } bracket)
            {
                context.Responsibilities.Add(bracket);
            }
        }
    }

    // The first responsibility named in `text` (at `offset` in the normalised text), for the measure `measureId`.
    private ResponsibilityBracket? Read(string measureId, string text, int offset, IReadOnlyList<(SourceSpan Span, LeadRule Rule)> statements)
    {
        if (_forms.Find(text, offset) is not { } opening)
        {
            return null;
        }

        if (opening.Sentence is { } sentence)
        {
            var span = SourceSpan.FromBounds(sentence.Start, sentence.End);
            return new ResponsibilityBracket(measureId, span, sentence.Units, sentence.Distinguishes ? ResponsibilityRuleKind.RunningText : ResponsibilityRuleKind.AllLead, span, opening.Form);
        }

        // The bracket ends with its paragraph: at the last closing bracket before the paragraph's line break.
        var paragraphEnd = text.IndexOf('\n', opening.Index);
        if (paragraphEnd < 0)
        {
            paragraphEnd = text.Length;
        }

        // A deadline in the bracket or after it (；完成时限：2025年6月, （2024年12月底前完成）) ends the unit list; a
        // closer left before it is a stray, which ParseUnits drops.
        var contentStart = opening.ContentStart;
        int contentEnd;
        int bracketEnd;
        if (MeasureDeadline.Find(text[contentStart..paragraphEnd]) is { } deadline && (opening.ContentEnd is not { } listEnd || contentStart + deadline.Index < listEnd))
        {
            contentEnd = contentStart + deadline.Index;
            bracketEnd = contentEnd;
        }
        else if (opening.ContentEnd is { } listClose)
        {
            // An unlabeled list of units ends at its own bracket.
            contentEnd = listClose;
            bracketEnd = listClose + 1;
        }
        else if (!opening.Bracketed)
        {
            // On its own line (牵头单位：省教育厅；配合单位：省财政厅), the list runs to the paragraph's end.
            contentEnd = paragraphEnd;
            bracketEnd = paragraphEnd;
        }
        else
        {
            var close = text.LastIndexOfAny(ListClosers, paragraphEnd - 1, paragraphEnd - contentStart);
            contentEnd = close < 0 ? paragraphEnd : close;
            bracketEnd = close < 0 ? paragraphEnd : close + 1;
        }

        // The rule last stated before the bracket ends (its own note included) decides who leads.
        var end = offset + bracketEnd;
        var bracketSpan = SourceSpan.FromBounds(offset + opening.Index, end);
        var stated = statements.LastOrDefault(s => s.Span.End <= end);
        var units = ParseUnits(text[contentStart..contentEnd], offset + contentStart, stated.Span.Length > 0 ? stated.Rule : LeadRule.BeforeFirstComma, out var labelled);
        var (rule, ruleSpan) = RuleApplied(labelled, bracketSpan, stated, units, bracketSpan);
        return new ResponsibilityBracket(measureId, bracketSpan, units, rule, ruleSpan, opening.Form);
    }

    // A task table row: each responsibility column's units, in the column's role (牵头单位 leads, 责任单位 beside it
    // shares); a role-less column without a lead column beside it is read by the lead rule, like 责任单位：.
    private ResponsibilityBracket? ReadRow(string measureId, TaskTableRow row, IReadOnlyList<(SourceSpan Span, LeadRule Rule)> statements)
    {
        var stated = statements.LastOrDefault(s => s.Span.End <= row.Span.End);
        var rule = stated.Span.Length > 0 ? stated.Rule : LeadRule.BeforeFirstComma;
        var units = new List<ResponsibleUnit>();
        var cells = row.Cells.Where(c => c.Column.Kind == TaskTableColumnKind.Responsibility).ToList();
        foreach (var cell in cells)
        {
            foreach (var (pieces, text) in JoinCutNames(cell.Segments))
            {
                // Parsed as one text, each unit's span mapped back to where its first and last characters are written.
                var parsed = ParseUnits(text, 0, rule, out _).Select(u => u with
                {
                    Mention = u.Mention with { Span = SourceSpan.FromBounds(SourceOffset(pieces, u.Mention.Span.Start), SourceOffset(pieces, u.Mention.Span.End - 1) + 1) },
                });
                units.AddRange(cell.Column.Role is { } role ? parsed.Select(u => u with { Role = role }) : parsed);
            }
        }

        if (units.Count == 0)
        {
            return null;
        }

        var labelled = cells.Any(c => c.Column.Role is not null);
        var headers = SourceSpan.FromBounds(cells.Min(c => c.Column.Span.Start), cells.Max(c => c.Column.Span.End));
        var (kind, ruleSpan) = RuleApplied(labelled, headers, stated, units, row.Span);
        return new ResponsibilityBracket(measureId, row.Span, units, kind, ruleSpan, ResponsibilityForm.Labelled);
    }

    // A cell's segments, those a wrap cut a unit name across (市人力资源 | 社会保障局) joined into one text, each with
    // its pieces: where each starts in the joined text and in the normalised text.
    private List<(List<(int Joined, int Source)> Pieces, string Text)> JoinCutNames(IReadOnlyList<(SourceSpan Span, string Text)> segments)
    {
        var joined = new List<(List<(int Joined, int Source)> Pieces, string Text)>();
        var continues = false;
        foreach (var (span, text) in segments)
        {
            if (continues)
            {
                var (pieces, before) = joined[^1];
                pieces.Add((before.Length, span.Start));
                joined[^1] = (pieces, before + text);
            }
            else
            {
                joined.Add(([(0, span.Start)], text));
            }

            continues = _forms.Units.CutNameAtEnd(joined[^1].Text) is not null;
        }

        return joined;
    }

    // Where the character at `index` of a joined text is written in the normalised text.
    private static int SourceOffset(List<(int Joined, int Source)> pieces, int index)
    {
        var piece = pieces.Last(p => p.Joined <= index);
        return piece.Source + index - piece.Joined;
    }

    // The rule that told the leads and the words it was read from: the labels (`labelSpan`), else the stated rule,
    // else the comma convention or every unit leading, read from `listSpan`.
    private static (ResponsibilityRuleKind Rule, SourceSpan Span) RuleApplied(
        bool labelled, SourceSpan labelSpan, (SourceSpan Span, LeadRule Rule) stated, IReadOnlyList<ResponsibleUnit> units, SourceSpan listSpan) =>
        labelled ? (ResponsibilityRuleKind.Labelled, labelSpan)
            : stated.Span.Length > 0 ? (stated.Rule == LeadRule.FirstListed ? ResponsibilityRuleKind.StatedFirstListed : ResponsibilityRuleKind.StatedBeforeFirstComma, stated.Span)
            : units.Any(u => u.Role == ResponsibilityRole.CoResponsible) ? (ResponsibilityRuleKind.CommaConvention, listSpan)
            : (ResponsibilityRuleKind.AllLead, listSpan);

    private static readonly char[] ListClosers = ['〕', '】', ']', '）', ')'];

    /// <summary>
    /// Splits a bracket's content (责任单位：州教育体育局，州财政局、各县（市）党委和人民政府) into units with roles (see
    /// the class summary); content without a label is read as after 责任单位：.
    /// </summary>
    /// <param name="list">The content, from after the opening bracket to before the closing one.</param>
    /// <param name="offset">Offset of <paramref name="list"/> in the normalised text, for the units' spans.</param>
    /// <param name="rule">Which units of a role-less list lead.</param>
    /// <param name="roleLabelled">Whether a label named the role of some units (牵头单位：, 配合单位：).</param>
    public IReadOnlyList<ResponsibleUnit> ParseUnits(string list, int offset, LeadRule rule, out bool roleLabelled)
    {
        ArgumentNullException.ThrowIfNull(list);
        var units = new List<ResponsibleUnit>();
        var name = new StringBuilder();
        var start = -1;
        var end = -1;
        var depth = 0;
        ResponsibilityRole? labelled = null;
        var anyRoleLabel = false;
        var leadLabelled = false;
        var role = ResponsibilityRole.Lead;
        var issuerOffices = false;

        void Flush()
        {
            if (name.Length > 0)
            {
                units.Add(new ResponsibleUnit(new UnitMention(name.ToString(), SourceSpan.FromBounds(offset + start, offset + end)), role));

                // 排名第一的为牵头单位: in a role-less list only the first unit leads.
                if (labelled is null && rule == LeadRule.FirstListed)
                {
                    role = ResponsibilityRole.CoResponsible;
                }
            }

            name.Clear();
            start = -1;
            end = -1;
        }

        for (var i = 0; i < list.Length; i++)
        {
            var c = list[i];
            if (depth == 0 && name.Length == 0 && LabelAt(list, i) is var (label, labelEnd))
            {
                // 责任处室：基础教育处、财务处: the issuer's own offices, skipped up to the next label or ；.
                issuerOffices = label.IssuerOffices;
                i = labelEnd - 1;
                if (issuerOffices)
                {
                    continue;
                }

                // 牵头单位： / 配合单位： name the role of the group they open; 责任单位： leaves it to the comma, except
                // after 牵头单位： (牵头单位：区教育局；责任单位：区教师发展中心), where it shares, as beside a task table's 牵头单位 column.
                labelled = label.Role ?? (leadLabelled ? ResponsibilityRole.CoResponsible : null);
                leadLabelled |= label.Role == ResponsibilityRole.Lead;
                anyRoleLabel |= labelled is not null;
                role = labelled ?? ResponsibilityRole.Lead;
                continue;
            }

            if (issuerOffices)
            {
                issuerOffices = c is not ('；' or ';');
                continue;
            }

            if (depth == 0 && name.Length == 0 && _leadRules.StartsAt(list, i))
            {
                // 。逗号前为牵头单位，下同: the rule stated after the units, without a parenthesis, ends the list.
                break;
            }

            if (c is '（' or '(' && depth == 0 && NoteEnd(list, i) is var noteEnd and >= 0)
            {
                i = noteEnd;
                continue;
            }

            if (c is '（' or '(' && depth == 0 && name.Length > 0 && OfficesEnd(list, i) is var officesEnd and >= 0)
            {
                // 省教育厅（基础教育处、教师工作处）: the unit's own offices, not part of its name.
                i = officesEnd;
                continue;
            }

            if (c is '（' or '(' or '〔' or '【' or '[')
            {
                depth++;
            }
            else if (c is '）' or ')' or '〕' or '】' or ']')
            {
                if (depth == 0)
                {
                    // A stray closer inside the list: not part of the name, but the name goes on across it.
                    continue;
                }

                depth--;
            }
            else if (depth == 0 && c is '，' or ',')
            {
                // 逗号前为牵头单位: units before the first ， lead, all after it share; under a label with a role
                // the comma only separates units.
                Flush();
                role = labelled ?? ResponsibilityRole.CoResponsible;
                continue;
            }
            else if (depth == 0 && c is '、' or '；' or ';' or '。')
            {
                Flush();
                continue;
            }
            else if (char.IsWhiteSpace(c))
            {
                continue;
            }

            if (start < 0)
            {
                start = i;
            }

            end = i + 1;
            name.Append(c);
        }

        Flush();
        roleLabelled = anyRoleLabel;
        return ShareSuffixes(units);
    }

    // 各州（市）、县（市、区）人民政府: a collective written without its suffix takes the next unit's, the words after
    // that unit's last parenthesis (各州（市）人民政府).
    private static List<ResponsibleUnit> ShareSuffixes(List<ResponsibleUnit> units)
    {
        for (var k = units.Count - 2; k >= 0; k--)
        {
            var name = units[k].Mention.Name;
            var next = units[k + 1].Mention.Name;
            var close = next.LastIndexOfAny(['）', ')']);
            if (name.Length > 0 && name[^1] is '）' or ')' && name.IndexOfAny(['（', '(']) > 0 && close > 0 && close < next.Length - 1)
            {
                units[k] = units[k] with { Mention = units[k].Mention with { Name = name + next[(close + 1)..] } };
            }
        }

        return units;
    }

    // The end of a parenthesis after a unit's name that lists only its offices (（基础教育处、教师工作处）) and closes
    // the name, or -1.
    private static int OfficesEnd(string list, int open)
    {
        var close = list.IndexOfAny(['）', ')'], open + 1);
        if (close < 0 || list.IndexOfAny(['（', '('], open + 1, close - open - 1) >= 0)
        {
            return -1;
        }

        var after = close + 1;
        while (after < list.Length && char.IsWhiteSpace(list[after]))
        {
            after++;
        }

        if (after < list.Length && list[after] is not ('，' or ',' or '、' or '；' or ';' or '。'))
        {
            return -1;
        }

        var items = list[(open + 1)..close].Split(['、', '，', ',', '；', ';'], StringSplitOptions.TrimEntries);
        return items.All(item => item.Length > 1 && item[^1] is '处' or '室' or '科' or '股') ? close : -1;
    }

    // The end of an editorial note such as （逗号前为牵头单位，下同） opening at `open`, or -1 when the parenthetical
    // is part of a name (各县（市）).
    private static int NoteEnd(string list, int open)
    {
        var depth = 0;
        for (var i = open; i < list.Length; i++)
        {
            if (list[i] is '（' or '(')
            {
                depth++;
            }
            else if (list[i] is '）' or ')' && --depth == 0)
            {
                var inner = list.AsSpan(open + 1, i - open - 1);
                return inner.IndexOfAny('，', ',') >= 0 || inner.Contains("牵头", StringComparison.Ordinal) || inner.Contains("下同", StringComparison.Ordinal)
                    ? i
                    : -1;
            }
        }

        return -1;
    }

    // The label written at `at` and where its colon ends (spaces around it included), or null.
    private (ResponsibilityLabel Label, int End)? LabelAt(string list, int at)
    {
        foreach (var label in _labels)
        {
            if (string.CompareOrdinal(list, at, label.Label, 0, label.Label.Length) != 0)
            {
                continue;
            }

            var end = at + label.Label.Length;
            while (end < list.Length && char.IsWhiteSpace(list[end]))
            {
                end++;
            }

            if (end < list.Length && list[end] is '：' or ':')
            {
                end++;
                while (end < list.Length && char.IsWhiteSpace(list[end]))
                {
                    end++;
                }

                return (label, end);
            }
        }

        return null;
    }
}
