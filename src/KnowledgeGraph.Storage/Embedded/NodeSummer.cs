using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage.Aggregates;
using KnowledgeGraph.Storage.Querying;
using KnowledgeGraph.Storage.Traversal;

namespace KnowledgeGraph.Storage.Embedded;

/// <summary>
/// Groups and sums a snapshot's nodes, for <see cref="IGraphStore.SumNodesAsync"/>. Grouped by a property, the groups
/// depend on the label's nodes only, whose list a write replaces only when it changes one of them: they are worked out
/// on the first call that reads that list and remembered for as long as it lives, so later calls cost the groups, not
/// the nodes. Grouped by a relationship, they also depend on the adjacency, which a write may change without touching
/// the label's nodes, and are worked out on each call.
/// </summary>
internal static class NodeSummer
{
    private static readonly ConditionalWeakTable<IReadOnlyList<NodeRecord>, ConcurrentDictionary<string, IReadOnlyList<NodeGroup>>> RankedByProperty = [];

    public static IReadOnlyList<NodeGroup> Sum(GraphSnapshot snapshot, NodeSumQuery query)
    {
        var nodes = snapshot.NodesWithLabel(query.Label);
        var ranked = query.GroupBy is GroupByProperty byProperty
            ? RankedByProperty.GetValue(nodes, _ => new(StringComparer.Ordinal))
                .GetOrAdd(string.Join('\u001f', [query.Label, byProperty.Property, .. query.SumProperties]), _ => Rank(snapshot, nodes, query))
            : Rank(snapshot, nodes, query);
        return [.. ranked.Take(query.MaxGroups)];
    }

    // Every group, largest first.
    private static List<NodeGroup> Rank(GraphSnapshot snapshot, IReadOnlyList<NodeRecord> nodes, NodeSumQuery query)
    {
        var groups = nodes
            .SelectMany(node => KeysOf(snapshot, node, query.GroupBy).Select(key => (Key: key, Node: node)))
            .GroupBy(member => member.Key)
            .Select(group => new NodeGroup(
                group.Key,
                group.Count(),
                query.SumProperties.ToDictionary(property => property, property => SumOf(group.Select(member => member.Node), property), StringComparer.Ordinal)));

        var ranked = groups.OrderByDescending(group => query.SumProperties.Count > 0 ? group.Sums[query.SumProperties[0]].Sum ?? long.MinValue : 0)
            .ThenByDescending(group => group.Count)
            .ThenBy(group => group.Key, ValueComparer.Instance);
        return [.. ranked];
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
