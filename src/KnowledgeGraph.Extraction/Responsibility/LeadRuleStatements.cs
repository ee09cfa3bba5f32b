using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Responsibility;

/// <summary>
/// The sentences that state a document's lead rule (<c>seeds/reference/lead-rules.csv</c>: 逗号前为牵头单位,
/// 排名第一的为牵头单位, 列第一位的为牵头单位 …), wherever the document writes them: in the notice, in a plan's
/// preamble, or in the note of a bracket (（逗号前为牵头单位，下同）). A statement holds from where it is written to the
/// end of the document, later plans of the same notice included, until another is written; before any statement the
/// units before the first ， lead.
/// </summary>
public sealed class LeadRuleStatements
{
    private readonly Regex _statement;
    private readonly Dictionary<string, LeadRule> _rules;

    /// <summary>The statements and the rule each states.</summary>
    public LeadRuleStatements(IEnumerable<(string Statement, LeadRule Rule)> statements)
    {
        ArgumentNullException.ThrowIfNull(statements);
        _rules = statements.ToDictionary(s => s.Statement, s => s.Rule, StringComparer.Ordinal);

        // PDF text may break a statement across lines or put spaces in it; longest first, so that a statement is not
        // read as a shorter one it starts with.
        var alternatives = _rules.Keys
            .OrderByDescending(s => s.Length)
            .Select(s => string.Join(@"\s*", s.Select(c => Regex.Escape(c.ToString()))));
        _statement = new Regex(string.Join('|', alternatives), RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    /// <summary>The statements of the rows of <c>lead-rules.csv</c>.</summary>
    public static LeadRuleStatements From(IEnumerable<IReadOnlyDictionary<string, string>> rows) =>
        new(rows.Select(row => (row["statement"], Rule(row["rule"]))));

    /// <summary>Each statement written in <paramref name="text"/>: where it is and the rule it states, in text order.</summary>
    public IReadOnlyList<(SourceSpan Span, LeadRule Rule)> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. _statement.Matches(text).Select(m => (new SourceSpan(m.Index, m.Length), _rules[string.Concat(m.Value.Where(c => !char.IsWhiteSpace(c)))]))];
    }

    /// <summary>Whether a statement (逗号前为牵头单位) is written at <paramref name="at"/> in <paramref name="text"/>.</summary>
    public bool StartsAt(string text, int at)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = _statement.Match(text, at);
        return match.Success && match.Index == at;
    }

    private static LeadRule Rule(string rule) => rule switch
    {
        "comma" => LeadRule.BeforeFirstComma,
        "first" => LeadRule.FirstListed,
        _ => throw new InvalidOperationException($"lead-rules.csv: unknown rule '{rule}' (comma or first)."),
    };
}
