using System.Globalization;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage.Aggregates;
using KnowledgeGraph.Storage.Querying;
using KnowledgeGraph.Storage.Traversal;

namespace KnowledgeGraph.Storage.Embedded;

/// <summary>Groups and sums a snapshot's nodes, for <see cref="IGraphStore.SumNodesAsync"/>.</summary>
internal static class NodeSummer
{
    public static IReadOnlyList<NodeGroup> Sum(GraphSnapshot snapshot, NodeSumQuery query)
    {
        var groups = snapshot.NodesWithLabel(query.Label)
            .SelectMany(node => KeysOf(snapshot, node, query.GroupBy).Select(key => (Key: key, Node: node)))
            .GroupBy(member => member.Key)
            .Select(group => new NodeGroup(
                group.Key,
                group.Count(),
                query.SumProperties.ToDictionary(property => property, property => SumOf(group.Select(member => member.Node), property), StringComparer.Ordinal)));

        var ranked = groups.OrderByDescending(group => query.SumProperties.Count > 0 ? group.Sums[query.SumProperties[0]].Sum ?? long.MinValue : 0)
            .ThenByDescending(group => group.Count)
            .ThenBy(group => group.Key, ValueComparer.Instance);
        return ranked.Take(query.MaxGroups).ToList();
    }

    private static IEnumerable<string?> KeysOf(GraphSnapshot snapshot, NodeRecord node, NodeGrouping grouping)
    {
        switch (grouping)
        {
            case GroupByProperty byProperty:
                yield return node.Properties.GetValueOrDefault(byProperty.Property) is { } value
                    ? Convert.ToString(value, CultureInfo.InvariantCulture)
                    : null;
                break;
            case GroupByRelated byRelated:
                var direction = byRelated.Direction == RelationshipDirection.Outgoing ? TraversalDirection.Outgoing : TraversalDirection.Incoming;
                var related = snapshot.Steps(node.Id, direction, [byRelated.Type]).Select(string? (step) => step.NeighbourId).Distinct().ToList();
                foreach (var key in related.Count > 0 ? related : [null])
                {
                    yield return key;
                }

                break;
            default:
                throw new NotSupportedException($"Unknown grouping {grouping.GetType().Name}.");
        }
    }

    // A sum over a group with no value at all is null, not zero, unlike Cypher's sum(); the Neo4j store says
    // CASE count(n.p) WHEN 0 THEN null ELSE sum(n.p) END.
    private static PropertySum SumOf(IEnumerable<NodeRecord> nodes, string property)
    {
        var values = nodes
            .Select(node => node.Properties.GetValueOrDefault(property))
            .OfType<IConvertible>()
            .Select(value => value.ToInt64(CultureInfo.InvariantCulture))
            .ToList();
        return new PropertySum(values.Count > 0 ? values.Sum() : null, values.Count);
    }
}
