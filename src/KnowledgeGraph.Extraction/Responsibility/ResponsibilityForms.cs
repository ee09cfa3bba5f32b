using KnowledgeGraph.Extraction.Normalization;

namespace KnowledgeGraph.Extraction.Responsibility;

/// <summary>The form a text names its responsible units in.</summary>
public enum ResponsibilityForm
{
    /// <summary>A label and a colon, in a bracket or opening a paragraph: （牵头单位：…；配合单位：…）, 责任单位：….</summary>
    Labelled,

    /// <summary>A bracket that lists units and nothing else, bar a lead rule: （省教育厅、省发展改革委、省财政厅）.</summary>
    UnitList,

    /// <summary>A sentence: 由X牵头，Y配合 (see <see cref="RunningTextResponsibility"/>).</summary>
    RunningText,
}

/// <summary>Where a text starts naming who is responsible, and in which form.</summary>
/// <param name="Form">The form.</param>
/// <param name="Index">Where it starts: the opening bracket, the label, or the sentence.</param>
/// <param name="ContentStart">Where the units start (after the label and colon, or after the bracket).</param>
/// <param name="ContentEnd">Where a unit list's bracket closes; null where the reader finds the end.</param>
/// <param name="Bracketed">Whether it is in a bracket (not on a line of its own).</param>
/// <param name="Sentence">The sentence, in the running-text form.</param>
public sealed record ResponsibilityOpening(
    ResponsibilityForm Form, int Index, int ContentStart, int? ContentEnd, bool Bracketed, RunningTextResponsibility.Statement? Sentence = null);

/// <summary>
/// Finds where a measure's text names who is responsible, in each form it may be written in, in this order: a labelled
/// bracket or line (<see cref="ResponsibilityLabels"/>), an unlabeled bracket that lists units
/// (（省教育厅、省发展改革委、省财政厅）, also with a lead rule after the units: （…，列第一位的为牵头单位，下同）) — not
/// （试行）, （2024—2027年）, （以下简称县中）, whose words are no units — and a sentence
/// (<see cref="RunningTextResponsibility"/>). The measure recogniser asks it which items carry a responsibility; the
/// responsibility recogniser reads what it found.
/// </summary>
/// <param name="labels">Bracket labels.</param>
/// <param name="leadRules">Lead rule statements, which may close a unit list.</param>
/// <param name="units">Tells unit lists from other bracketed words, also in responsibility sentences.</param>
public sealed class ResponsibilityForms(ResponsibilityLabels labels, LeadRuleStatements leadRules, UnitListReader units)
{
    private readonly ResponsibilityLabels _labels = labels;
    private readonly LeadRuleStatements _leadRules = leadRules;
    private readonly UnitListReader _units = units;
    private readonly RunningTextResponsibility _runningText = new(units);

    /// <summary>The labels, which also name roles inside a list.</summary>
    public ResponsibilityLabels Labels => _labels;

    /// <summary>The lead rule statements.</summary>
    public LeadRuleStatements LeadRules => _leadRules;

    /// <summary>Tells unit names from other words.</summary>
    public UnitListReader Units => _units;

    /// <summary>Where <paramref name="text"/> first names who is responsible, or null; spans of a sentence are offset by <paramref name="offset"/>.</summary>
    public ResponsibilityOpening? Find(string text, int offset = 0)
    {
        ArgumentNullException.ThrowIfNull(text);
        var labelled = _labels.Opening.Match(text);
        if (labelled.Success)
        {
            return new ResponsibilityOpening(ResponsibilityForm.Labelled, labelled.Index, labelled.Index + labelled.Length, null, labelled.Groups["bracket"].Success);
        }

        if (UnitListBracket(text) is var (open, close))
        {
            return new ResponsibilityOpening(ResponsibilityForm.UnitList, open, open + 1, close, Bracketed: true);
        }

        return _runningText.Find(text, offset) is { } sentence
            ? new ResponsibilityOpening(ResponsibilityForm.RunningText, sentence.Start - offset, sentence.Start - offset, sentence.End - offset, Bracketed: false, sentence)
            : null;
    }

    // The first bracket of `text` (outside any other) whose items, split at 、 ， ；, are units up to the end or up
    // to a lead rule (列第一位的为牵头单位) or 下同: its opening and closing index.
    private (int Open, int Close)? UnitListBracket(string text)
    {
        for (var open = 0; open < text.Length; open++)
        {
            if (text[open] is not ('（' or '(' or '〔' or '【' or '['))
            {
                continue;
            }

            var close = MatchingClose(text, open);
            if (close < 0)
            {
                continue;
            }

            if (IsUnitList(text, open + 1, close))
            {
                return (open, close);
            }

            open = close;
        }

        return null;
    }

    private bool IsUnitList(string text, int start, int end)
    {
        var units = 0;
        foreach (var (itemStart, itemEnd) in UnitListReader.Split(text, start, end, '、', '，', ',', '；', ';', '。'))
        {
            if (_leadRules.StartsAt(text, itemStart) || text.AsSpan(itemStart, itemEnd - itemStart).SequenceEqual("下同"))
            {
                break;
            }

            if (!_units.IsUnitName(text[itemStart..itemEnd]))
            {
                return false;
            }

            units++;
        }

        return units > 0;
    }

    // The bracket closing the one opened at `open`, within its paragraph, or -1.
    private static int MatchingClose(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length && text[i] != '\n'; i++)
        {
            if (ChineseText.IsOpeningBracket(text[i]))
            {
                depth++;
            }
            else if (ChineseText.IsClosingBracket(text[i]) && --depth == 0)
            {
                return i;
            }
        }

        return -1;
    }
}
