using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Changes;
using KnowledgeGraph.Storage.Querying;

namespace KnowledgeGraph.Api.Tests.Errors;

/// <summary>A store that accepts the corpus but fails every read with a message no client may see.</summary>
internal sealed class ThrowingGraphStore : IGraphStore
{
    public const string Secret = "connection string Password=hunter2 at /srv/secret/store";

    public Task<GraphChanges> ApplyAsync(GraphBatch batch, CancellationToken cancellationToken = default) => Task.FromResult(GraphChanges.None);

    public Task<IReadOnlyList<NodeRecord>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException(Secret);

    public Task<NodePage> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException(Secret);

    public Task<IReadOnlyList<RelationshipRecord>> GetRelationshipsAsync(
        IReadOnlyCollection<string> nodeIds, RelationshipDirection direction, string type, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException(Secret);
}
