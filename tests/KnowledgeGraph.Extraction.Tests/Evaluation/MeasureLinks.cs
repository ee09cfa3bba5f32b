using KnowledgeGraph.Domain.Graph;

namespace KnowledgeGraph.Extraction.Tests.Evaluation;

/// <summary>
/// Measures and their responsibility links as every round writes and compares them: <c>&lt;plan title&gt;/&lt;measure
/// key&gt;</c> for a measure and <c>&lt;plan title&gt;/&lt;measure key&gt; LED_BY|CO_LED_BY &lt;unit&gt;</c> for a link. A
/// file lists, under a <c>plan &lt;title&gt;</c> line, one measure key or one <c>&lt;key&gt; TYPE &lt;unit&gt;</c> per line.
/// </summary>
internal static class MeasureLinks
{
    /// <summary>Every LED_BY and CO_LED_BY link the extraction made.</summary>
    public static List<string> Extracted(ExtractionContext context)
    {
        var measurePrefix = $"measure:{NodeIds.KeyOf(context.DocumentId)}/";
        return [.. context.Relationships
            .Where(r => r.Type is RelationshipTypes.LedBy or RelationshipTypes.CoLedBy)
            .Select(r => $"{r.StartId[measurePrefix.Length..]} {r.Type} {NodeIds.KeyOf(r.EndId)}")];
    }

    /// <summary>The plans the extraction found, by title, as the <c>Measures/</c> files write them.</summary>
    public static List<string> ExtractedPlans(ExtractionContext context) => [.. context.Plans.Select(p => p.Title)];

    /// <summary>The measures the extraction found, as <c>&lt;plan title&gt;/&lt;measure key&gt;</c>.</summary>
    public static List<string> ExtractedMeasures(ExtractionContext context)
    {
        var titles = context.Plans.ToDictionary(p => p.Id, p => p.Title, StringComparer.Ordinal);
        return [.. context.Measures.Select(m => $"{titles[m.PlanId]}/{m.Key}")];
    }

    /// <summary>The links a <c>Links/</c> file lists.</summary>
    public static List<string> ReadLinks(string file) =>
        [.. ReadUnderPlans(file).Select(item =>
        {
            var parts = item.Line.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
            return $"{item.Plan}/{parts[0]} {parts[1]} {parts[2]}";
        })];

    /// <summary>The plan titles a file lists.</summary>
    public static List<string> ReadPlans(string file) =>
        [.. Lines(file).Where(IsPlanLine).Select(PlanTitle)];

    /// <summary>The measures a <c>Measures/</c> file lists, one key per line.</summary>
    public static List<string> ReadMeasures(string file) =>
        [.. ReadUnderPlans(file).Select(item => $"{item.Plan}/{item.Line}")];

    private static IEnumerable<(string Plan, string Line)> ReadUnderPlans(string file)
    {
        var plan = string.Empty;
        foreach (var line in Lines(file))
        {
            if (IsPlanLine(line))
            {
                plan = PlanTitle(line);
                continue;
            }

            yield return (plan, line);
        }
    }

    private static IEnumerable<string> Lines(string file) =>
        File.ReadAllLines(file).Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#');

    private static bool IsPlanLine(string line) => line.StartsWith("plan ", StringComparison.Ordinal);

    private static string PlanTitle(string line) => line["plan ".Length..].Trim();
}
