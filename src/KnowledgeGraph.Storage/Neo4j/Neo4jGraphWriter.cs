using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage.Changes;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// The write operations of <see cref="IGraphStore"/> in Cypher, and the schema (constraints and indexes) they rely on.
/// </summary>
internal sealed class Neo4jGraphWriter(ICypherRunner runner)
{
    // Skeleton: the runner every statement goes through.
    internal ICypherRunner Runner { get; } = runner;

    /// <summary>Every statement this class can send, with each variant a runtime choice can produce (for linting).</summary>
    public static IEnumerable<CypherStatementVariant> StatementVariants() => [];

    public Task<GraphChanges> ApplyAsync(GraphBatch batch, CancellationToken cancellationToken) =>
        throw new NotImplementedException();

    public Task<IReadOnlyList<GraphChanges>> ApplyAllAsync(IReadOnlyList<GraphBatch> batches, CancellationToken cancellationToken) =>
        throw new NotImplementedException();
}
