using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Extraction.Normalization;

namespace KnowledgeGraph.Extraction.Tests.Evaluation;

/// <summary>
/// How the entities of one kind a document yields are compared with its expected ones, for every round: articles
/// by their text, which the expected opening must start; targets by year, indicator and value (TargetMatch); the
/// rest by name, whitespace ignored.
/// </summary>
internal static class EntityScoring
{
    /// <summary>The expected names of one kind compared with what the extraction found.</summary>
    public static ScoredComparison<string> Compare(ExtractionContext context, EntityKind kind, IReadOnlyList<string> wanted) =>
        Score.Compare(wanted, Extracted(context, kind), (found, w) => Matches(kind, found, w));

    /// <summary>A found item short enough to print.</summary>
    public static string Short(string text) => text.Length > 40 ? text[..40] + "…" : text;

    // Entities the document mentions.
    private static List<string> Extracted(ExtractionContext context, EntityKind kind) => kind switch
    {
        EntityKind.Article => [.. context.Entities[kind].All.Select(a => ChineseText.RemoveWhitespace((string)a.Properties[PropertyNames.Text]!))],
        EntityKind.Target => [.. context.Entities[kind].All.Where(e => e.Mentions.Count > 0).Select(TargetMatch.Describe)],
        _ => [.. context.Entities[kind].All.Where(e => e.Mentions.Count > 0).Select(e => e.Name)],
    };

    private static bool Matches(EntityKind kind, string found, string wanted) => kind switch
    {
        EntityKind.Article => found.StartsWith(ChineseText.RemoveWhitespace(wanted), StringComparison.Ordinal),
        EntityKind.Target => TargetMatch.Matches(found, wanted),
        _ => ChineseText.RemoveWhitespace(found) == ChineseText.RemoveWhitespace(wanted),
    };
}
