using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Graph.DataLoaders;

/// <summary>Nodes by id, one store call per level of the query.</summary>
public sealed class NodeByIdDataLoader(IGraphStore store) : BatchDataLoader<string, NodeRecord?>
{
    /// <inheritdoc />
    protected override NodeRecord? Missing => null;

    /// <inheritdoc />
    protected override async Task<IReadOnlyDictionary<string, NodeRecord?>> FetchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var nodes = await store.GetNodesAsync(keys, cancellationToken);
        return nodes.ToDictionary(node => node.Id, NodeRecord? (node) => node, StringComparer.Ordinal);
    }
}
