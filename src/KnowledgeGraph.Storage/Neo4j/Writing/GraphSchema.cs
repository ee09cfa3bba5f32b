using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage.Search;
using static KnowledgeGraph.Storage.Neo4j.Neo4jGraphModel;

namespace KnowledgeGraph.Storage.Neo4j.Writing;

/// <summary>
/// The constraint and indexes the store relies on, each created only if missing (<c>IF NOT EXISTS</c>), so setting
/// them up again on every start changes nothing: ids unique over every node, a range index on every property the API
/// filters or sorts a label by and on each label's document order, and the full-text index over
/// <see cref="SearchFields"/> with the <c>cjk</c> analyzer (bigrams, as the embedded store's Lucene index).
/// </summary>
internal static class GraphSchema
{
    /// <summary>
    /// The properties each label is filtered or sorted by: the scalar fields of the API's <c>where</c> and <c>order</c>
    /// inputs (each type's <c>QueryableFields</c>). Left out: list properties (<c>aliases</c>, <c>titles</c>: no range
    /// index answers a condition on elements) and <c>text</c>, whose long values a range index cannot hold; full-text
    /// search covers it.
    /// </summary>
    public static IReadOnlyDictionary<string, string[]> FilteredProperties { get; } = new Dictionary<string, string[]>
    {
        [NodeLabels.Document] = [PropertyNames.FileName, PropertyNames.Title, PropertyNames.Number, PropertyNames.Date],
        [NodeLabels.Plan] = [PropertyNames.Title],
        [NodeLabels.Measure] = [PropertyNames.Number, PropertyNames.Title, PropertyNames.Section, PropertyNames.Deadline],
        [NodeLabels.Unit] = [PropertyNames.Name],
        [NodeLabels.Article] = [PropertyNames.Name, PropertyNames.Genre, PropertyNames.Section],
        [NodeLabels.Region] = [PropertyNames.Name, PropertyNames.Level, PropertyNames.Code],
        [NodeLabels.School] = [PropertyNames.Name, PropertyNames.SchoolType],
        [NodeLabels.Program] = [PropertyNames.Name],
        [NodeLabels.TeacherStudio] = [PropertyNames.Name, PropertyNames.Level, PropertyNames.Count, PropertyNames.Year],
        [NodeLabels.FundingLine] =
        [
            PropertyNames.Name, PropertyNames.AmountYuanMin, PropertyNames.AmountYuanMax, PropertyNames.Period,
            PropertyNames.PerUnit, PropertyNames.Payer, PropertyNames.Purpose,
        ],
        [NodeLabels.Target] = [PropertyNames.Name, PropertyNames.Indicator, PropertyNames.Value, PropertyNames.Year],
        [NodeLabels.Person] = [PropertyNames.Name],
    };

    /// <summary>Every schema statement, in the order they run.</summary>
    public static IReadOnlyList<CypherStatement> Statements { get; } = [.. Create()];

    private static IEnumerable<CypherStatement> Create()
    {
        yield return CypherStatement.Write(
            "CreateIdConstraint",
            $"CREATE CONSTRAINT {NodeLabels.Entity}_{IdProperty} IF NOT EXISTS FOR (n:{NodeLabels.Entity}) REQUIRE n.{IdProperty} IS UNIQUE");
        foreach (var label in NodeLabels.All)
        {
            yield return CypherStatement.Write(
                $"CreateDocumentOrderIndex:{label}",
                $"CREATE INDEX {label}_documentOrder IF NOT EXISTS FOR (n:{label}) ON (n.{DocumentIdProperty}, n.{PositionProperty})");
            foreach (var property in FilteredProperties.GetValueOrDefault(label, []))
            {
                yield return CypherStatement.Write(
                    $"CreatePropertyIndex:{label}.{property}",
                    $"CREATE INDEX {label}_{property} IF NOT EXISTS FOR (n:{label}) ON (n.{property})");
            }
        }

        var fields = string.Join(", ", SearchFields.Properties.Select(property => $"n.{property}"));
        yield return CypherStatement.Write(
            "CreateFullTextIndex",
            $"CREATE FULLTEXT INDEX {FullTextIndexName} IF NOT EXISTS FOR (n:{NodeLabels.Entity}) ON EACH [{fields}] "
            + "OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}");
    }
}
