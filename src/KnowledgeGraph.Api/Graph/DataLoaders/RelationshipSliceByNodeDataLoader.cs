using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Querying;

namespace KnowledgeGraph.Api.Graph.DataLoaders;

/// <summary>The count of a node's relationships of one type in one direction, and the first of them.</summary>
/// <param name="NodeId">The node.</param>
/// <param name="Direction">Whether the node is the start or the end.</param>
/// <param name="Type">The relationship type.</param>
/// <param name="FirstPerNode">How many of the relationships to load, from the first.</param>
public sealed record RelationshipSliceKey(string NodeId, RelationshipDirection Direction, string Type, int FirstPerNode);

/// <summary>
/// Relationship slices by node, for connections: one store call per relationship type, direction and page reach asked
/// for at a level (the fields of one level share their paging arguments, so usually one per type).
/// </summary>
public sealed class RelationshipSliceByNodeDataLoader(IGraphStore store) : BatchDataLoader<RelationshipSliceKey, RelationshipSlice>
{
    /// <inheritdoc />
    protected override RelationshipSlice Missing { get; } = new(string.Empty, 0, []);

    /// <inheritdoc />
    protected override async Task<IReadOnlyDictionary<RelationshipSliceKey, RelationshipSlice>> FetchAsync(
        IReadOnlyList<RelationshipSliceKey> keys,
        CancellationToken cancellationToken)
    {
        var found = new Dictionary<RelationshipSliceKey, RelationshipSlice>();
        foreach (var group in keys.GroupBy(key => (key.Direction, key.Type, key.FirstPerNode)))
        {
            var nodeIds = group.Select(key => key.NodeId).ToList();
            var slices = await store.GetRelationshipSlicesAsync(nodeIds, group.Key.Direction, group.Key.Type, group.Key.FirstPerNode, cancellationToken);
            var byNode = slices.ToDictionary(slice => slice.NodeId, StringComparer.Ordinal);
            foreach (var key in group)
            {
                found[key] = byNode.GetValueOrDefault(key.NodeId, Missing);
            }
        }

        return found;
    }
}
