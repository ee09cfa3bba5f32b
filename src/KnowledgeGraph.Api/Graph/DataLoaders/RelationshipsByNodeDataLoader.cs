using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Querying;

namespace KnowledgeGraph.Api.Graph.DataLoaders;

/// <summary>A node's relationships of one type in one direction.</summary>
/// <param name="NodeId">The node.</param>
/// <param name="Direction">Whether the node is the start or the end.</param>
/// <param name="Type">The relationship type.</param>
public sealed record RelationshipKey(string NodeId, RelationshipDirection Direction, string Type);

/// <summary>Relationships by node, one store call per relationship type and direction asked for at a level.</summary>
public sealed class RelationshipsByNodeDataLoader(IGraphStore store) : BatchDataLoader<RelationshipKey, IReadOnlyList<RelationshipRecord>>
{
    /// <inheritdoc />
    protected override IReadOnlyList<RelationshipRecord> Missing => [];

    /// <inheritdoc />
    protected override async Task<IReadOnlyDictionary<RelationshipKey, IReadOnlyList<RelationshipRecord>>> FetchAsync(
        IReadOnlyList<RelationshipKey> keys,
        CancellationToken cancellationToken)
    {
        var found = new Dictionary<RelationshipKey, IReadOnlyList<RelationshipRecord>>();
        foreach (var group in keys.GroupBy(key => (key.Direction, key.Type)))
        {
            var nodeIds = group.Select(key => key.NodeId).ToList();
            var relationships = await store.GetRelationshipsAsync(nodeIds, group.Key.Direction, group.Key.Type, cancellationToken);
            var byNode = relationships.ToLookup(r => group.Key.Direction == RelationshipDirection.Outgoing ? r.StartId : r.EndId);
            foreach (var key in group)
            {
                found[key] = byNode[key.NodeId].ToList();
            }
        }

        return found;
    }
}
