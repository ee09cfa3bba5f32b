using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage.Aggregates;
using KnowledgeGraph.Storage.Querying;
using KnowledgeGraph.Storage.Search;
using KnowledgeGraph.Storage.Traversal;

namespace KnowledgeGraph.Storage.Neo4j.Reading;

/// <summary>
/// Every shape of statement the reader can send, built by the same code that builds them at run time: each label, each
/// relationship type and direction, each sort property either way, every filter operator, each type-list shape (the
/// empty list included), each depth and path length up to the maximum, each containment shape.
/// </summary>
internal static class ReadStatementVariants
{
    public static IEnumerable<CypherStatementVariant> All() =>
        Statements().Select(CypherStatementVariant.Of).DistinctBy(variant => variant.Text, StringComparer.Ordinal);

    private static IEnumerable<CypherStatement> Statements()
    {
        yield return NodeStatements.GetNodes(["id"]);
        foreach (var statement in FindNodes())
        {
            yield return statement;
        }

        foreach (var type in RelationshipTypes.All)
        {
            foreach (var direction in Enum.GetValues<RelationshipDirection>())
            {
                yield return RelationshipStatements.GetRelationships(["id"], direction, type);
                yield return RelationshipStatements.GetRelationshipSlices(["id"], direction, type, 1);
                yield return AggregateStatements.SumNodes(new NodeSumQuery(NodeLabels.FundingLine, new GroupByRelated(type, direction), SumProperties, 1));
            }
        }

        foreach (var types in TypeLists)
        {
            foreach (var direction in Enum.GetValues<TraversalDirection>())
            {
                for (var depth = 0; depth <= TraversalStatements.MaxDepth; depth++)
                {
                    yield return TraversalStatements.GetNeighborhood(new NeighborhoodQuery("id", depth, types, direction, 1));
                }
            }
        }

        for (var length = 0; length <= TraversalStatements.MaxPathLength; length++)
        {
            yield return TraversalStatements.FindShortestPaths(new PathQuery("from", "to", length, 1));
        }

        yield return SearchStatements.Search(new SearchQuery("text", [], 1));
        yield return SearchStatements.Search(new SearchQuery("text", [NodeLabels.Unit], 1));
        foreach (var statement in CountRelationships())
        {
            yield return statement;
        }

        foreach (var properties in new[] { [], SumProperties.Take(1).ToArray(), SumProperties })
        {
            yield return AggregateStatements.SumNodes(new NodeSumQuery(NodeLabels.FundingLine, new GroupByProperty(PropertyNames.Payer), properties, 1));
        }

        yield return AggregateStatements.GetStatistics();
    }

    private static readonly bool[] BothWays = [false, true];

    private static readonly string[] SumProperties = [PropertyNames.AmountYuanMin, PropertyNames.AmountYuanMax];

    private static readonly IReadOnlyCollection<string>[] TypeLists = [[], [RelationshipTypes.LedBy, RelationshipTypes.CoLedBy]];

    private static IEnumerable<CypherStatement> FindNodes()
    {
        var window = PageWindow.FirstOf(1);
        foreach (var label in NodeLabels.All)
        {
            yield return NodeStatements.FindNodes(new NodeQuery(label, null, [], window), 0, 1);
        }

        foreach (var property in CypherNames.Properties)
        {
            foreach (var descending in BothWays)
            {
                yield return NodeStatements.FindNodes(new NodeQuery(NodeLabels.Measure, null, [new SortField(property, descending)], window), 0, 1);
            }
        }

        SortField[] twoKeys = [new(PropertyNames.Year, Descending: true), new(PropertyNames.Title, Descending: false)];
        yield return NodeStatements.FindNodes(new NodeQuery(NodeLabels.Measure, EveryFilter, twoKeys, window), 0, 1);
    }

    // Each operator plain and negated, eq and in with null, each list quantifier, empty and nested and/or.
    private static NodeFilter EveryFilter => new AllOf([
        .. Enum.GetValues<FilterOperator>().SelectMany(op => BothWays.Select(negated =>
            new PropertyCondition(PropertyNames.Title, op, op == FilterOperator.In ? new object?[] { "a", null } : "a", negated))),
        new PropertyCondition(PropertyNames.Year, FilterOperator.Equal, null),
        new AnyOf([new AllOf([]), new AnyOf([])]),
        .. Enum.GetValues<ListQuantifier>().Select(quantifier => new ListCondition(
            PropertyNames.Aliases, quantifier, new PropertyCondition(ListCondition.Element, FilterOperator.StartsWith, "a"))),
    ]);

    private static IEnumerable<CypherStatement> CountRelationships()
    {
        string[] types = [RelationshipTypes.LedBy, RelationshipTypes.CoLedBy];
        var partOf = new Containment("ancestor", [RelationshipTypes.PartOf]);
        var anyWay = new Containment("ancestor", []);
        yield return AggregateStatements.CountRelationships(new RelationshipCountQuery(types, [], [], [], 1));
        yield return AggregateStatements.CountRelationships(new RelationshipCountQuery(types, [RelationshipTypes.LedBy], [partOf, anyWay], [partOf], 1));
    }
}
