namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// An explicit Query API transaction (<c>…/query/v2/tx/{id}</c>). Every request after the first sends back the
/// <c>neo4j-cluster-affinity</c> header the server gave, so that a cluster routes it to the member holding the
/// transaction. Once a statement fails the server has already rolled the transaction back.
/// </summary>
internal sealed class QueryApiTransaction(
    QueryApiClient client,
    string id,
    string? clusterAffinity,
    Action<IReadOnlyList<string>> onCommitted) : ICypherTransaction
{
    private bool _open = true;

    public async Task<CypherResult> RunAsync(CypherStatement statement, CancellationToken cancellationToken = default)
    {
        EnsureOpen(statement.Name);
        try
        {
            var reply = await client.RunInTransactionAsync(id, clusterAffinity, statement, cancellationToken).ConfigureAwait(false);
            return reply.Result;
        }
        catch (Neo4jServerException)
        {
            // The server ends a transaction at its first error.
            _open = false;
            throw;
        }
    }

    public async Task<IReadOnlyList<string>> CommitAsync(CancellationToken cancellationToken = default)
    {
        EnsureOpen("commit");
        _open = false;
        var reply = await client.CommitAsync(id, clusterAffinity, cancellationToken).ConfigureAwait(false);
        onCommitted(reply.Result.Bookmarks);
        return reply.Result.Bookmarks;
    }

    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        if (!_open)
        {
            return;
        }

        _open = false;
        try
        {
            await client.RollbackAsync(id, clusterAffinity, cancellationToken).ConfigureAwait(false);
        }
        catch (Neo4jException)
        {
            // Best effort: a transaction the server cannot find (expired, or dropped after an error) is rolled back
            // already, and one we cannot reach rolls itself back when its idle timeout runs out.
        }
    }

    public async ValueTask DisposeAsync() => await RollbackAsync(CancellationToken.None).ConfigureAwait(false);

    private void EnsureOpen(string step)
    {
        if (!_open)
        {
            throw new InvalidOperationException($"Cannot run '{step}': transaction {id} is already committed, rolled back or failed.");
        }
    }
}
