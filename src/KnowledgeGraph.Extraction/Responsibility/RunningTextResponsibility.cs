using System.Text.RegularExpressions;
using KnowledgeGraph.Extraction.Units;

namespace KnowledgeGraph.Extraction.Responsibility;

/// <summary>
/// Responsibility written in a sentence instead of a bracket: clauses (split at ， outside parentheses) that name
/// units and say what they do — 由X牵头 and X牵头 lead; Y配合 (协助, 参与, 协同) share; X会同Y负责: X leads, Y shares;
/// X负责… (X按职责分工负责, 各区县人民政府负责落实) is responsible: it shares where the sentence names a lead, else it
/// leads. A sentence that names no lead and no sharing unit makes no distinction, and every unit it names leads.
/// Every item before the verb must be a unit (see <see cref="UnitListReader"/>), bar a parenthetical giving it a short
/// name (州教育体育局（以下简称州教体局）牵头), so prose is no responsibility:
/// 主要负责同志, 分管负责人, 各地要加强领导. The rules, with examples of what must not match, are in
/// <c>Specs/ResponsibilityRecognizer.md</c>.
/// </summary>
/// <param name="units">Tells units from other words.</param>
public sealed partial class RunningTextResponsibility(UnitListReader units)
{
    private readonly UnitListReader _units = units;

    /// <summary>What a sentence says about who is responsible.</summary>
    /// <param name="Start">Where the sentence starts in the text read.</param>
    /// <param name="End">Where it ends (before its 。).</param>
    /// <param name="Units">The units, in written order, with spans in the normalised text.</param>
    /// <param name="Distinguishes">Whether the sentence names a lead or a sharing unit (牵头, 配合, 会同).</param>
    public sealed record Statement(int Start, int End, IReadOnlyList<ResponsibleUnit> Units, bool Distinguishes);

    /// <summary>
    /// The first sentence of <paramref name="text"/> that says who is responsible, or null; spans are offset by
    /// <paramref name="offset"/>.
    /// </summary>
    public Statement? Find(string text, int offset = 0)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Most text says nothing of the kind: look at a sentence only when one of the verbs is written in it.
        var searchFrom = 0;
        while (VerbRegex().Match(text, searchFrom) is { Success: true } verb)
        {
            var start = text.LastIndexOfAny(SentenceEnds, verb.Index) + 1;
            var end = text.IndexOfAny(SentenceEnds, verb.Index);
            end = end < 0 ? text.Length : end;
            if (Read(text, start, end, offset) is { } statement)
            {
                return statement;
            }

            searchFrom = end;
        }

        return null;
    }

    private static readonly char[] SentenceEnds = ['。', '；', ';', '！', '\n'];

    private Statement? Read(string text, int start, int end, int offset)
    {
        var leads = new List<ResponsibleUnit>();
        var shares = new List<ResponsibleUnit>();
        var responsible = new List<(int Start, int End)>();
        foreach (var (clauseStart, clauseEnd) in UnitListReader.Split(text, start, end, '，', ','))
        {
            var clause = text[clauseStart..clauseEnd];
            if (ClauseRegex().Match(clause) is not { Success: true } match
                || Units(text, clauseStart + match.Groups["units"].Index, clauseStart + match.Groups["units"].Index + match.Groups["units"].Length) is not { } named)
            {
                continue;
            }

            if (match.Groups["with"].Success)
            {
                // X会同Y负责: Y must be units too.
                if (Units(text, clauseStart + match.Groups["with"].Index, clauseStart + match.Groups["with"].Index + match.Groups["with"].Length) is not { } with)
                {
                    continue;
                }

                leads.AddRange(named.Select(u => Unit(text, u, offset, ResponsibilityRole.Lead)));
                shares.AddRange(with.Select(u => Unit(text, u, offset, ResponsibilityRole.CoResponsible)));
            }
            else if (match.Groups["leads"].Success)
            {
                leads.AddRange(named.Select(u => Unit(text, u, offset, ResponsibilityRole.Lead)));
            }
            else if (match.Groups["shares"].Success)
            {
                shares.AddRange(named.Select(u => Unit(text, u, offset, ResponsibilityRole.CoResponsible)));
            }
            else
            {
                responsible.AddRange(named);
            }
        }

        if (leads.Count + shares.Count + responsible.Count == 0)
        {
            return null;
        }

        // 由X牵头，Y配合，Z负责具体实施: Z shares; X负责，Y配合 or X负责，Y负责: X leads.
        var responsibleRole = leads.Count > 0 ? ResponsibilityRole.CoResponsible : ResponsibilityRole.Lead;
        var all = leads.Concat(shares).Concat(responsible.Select(u => Unit(text, u, offset, responsibleRole)))
            .OrderBy(u => u.Mention.Span.Start)
            .ToList();
        return new Statement(offset + start, offset + end, all, leads.Count + shares.Count > 0);
    }

    // The items of a run that are all units (市教育和体育局、市人力资源社会保障局), or null; 和 joins two units only
    // where the run is not one name with 和 inside (市教育和体育局).
    private List<(int Start, int End)>? Units(string text, int start, int end)
    {
        var items = new List<(int Start, int End)>();
        foreach (var written in UnitListReader.Split(text, start, end, '、'))
        {
            // 州教育体育局（以下简称州教体局）牵头: the short name given in a parenthetical is no part of the unit's.
            var item = (written.Start, End: _units.EndBeforeAbbreviationNote(text, written.Start, written.End));
            if (_units.IsUnitName(text[item.Start..item.End]))
            {
                items.Add(item);
                continue;
            }

            var joined = UnitListReader.Split(text, item.Start, item.End, '和', '及');
            if (joined.Count < 2 || !joined.All(j => _units.IsUnitName(text[j.Start..j.End])))
            {
                return null;
            }

            items.AddRange(joined);
        }

        return items.Count > 0 ? items : null;
    }

    private static ResponsibleUnit Unit(string text, (int Start, int End) item, int offset, ResponsibilityRole role) =>
        new(new UnitMention(Normalization.ChineseText.RemoveWhitespace(text[item.Start..item.End]), SourceSpan.FromBounds(offset + item.Start, offset + item.End)), role);

    [GeneratedRegex("牵头|配合|协助|协同|参与|负责")]
    private static partial Regex VerbRegex();

    // One clause: who (units) and what they do, perhaps in a bracket of its own (（省教育厅、省财政厅按职责分工负责）).
    // 负责人 and 负责同志 are people, not a verb.
    [GeneratedRegex(
        @"^[（(]?(?:由)?(?<units>[^，,]+?)(?:" +
        @"会同(?<with>[^，,]+?)(?:共同)?负责" +
        @"|(?<leads>牵头)" +
        @"|(?<shares>配合|协助|协同|参与)" +
        @"|(?:按职责分工|按照职责分工|按职责|分别|共同)?负责(?!人|同志))")]
    private static partial Regex ClauseRegex();
}
