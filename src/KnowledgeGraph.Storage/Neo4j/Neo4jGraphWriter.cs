using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage.Changes;
using KnowledgeGraph.Storage.Neo4j.Writing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// The write operations of <see cref="IGraphStore"/> in Cypher, and the schema (constraints and indexes) they rely on,
/// set up once before the first write. A unit of work runs in one explicit transaction through
/// <see cref="ICypherRunner.ExecuteWriteAsync{T}"/>: it reads back what the documents contributed before, counts each
/// batch's changes from that (<see cref="WritePlan"/>), and writes only what changed with a few
/// <c>UNWIND $rows AS row …</c> statements. A failure rolls the transaction back; a transient one runs the whole unit
/// again, which is safe because it reads the store afresh and writes by MERGE on the same ids.
/// </summary>
internal sealed partial class Neo4jGraphWriter : IDisposable
{
    /// <summary>
    /// How many records (nodes and relationships of the batches) one transaction of <see cref="ApplyAllAsync"/> holds at
    /// most, unless one batch alone holds more. Small enough that a transaction's requests finish well within the retry
    /// budget and never come near the server's 60 s idle timeout.
    /// </summary>
    public const int DefaultMaxRecordsPerTransaction = 5_000;

    private readonly ICypherRunner _runner;
    private readonly ILogger<Neo4jGraphWriter> _logger;
    private readonly int _maxRecordsPerTransaction;
    // One write at a time from this application: a unit reads the shared nodes' contributions and writes them merged,
    // so two units touching one node must not interleave. Nothing stops two applications writing to one database at
    // once (read-committed isolation would let one overwrite the other's contribution to a shared node): one API
    // instance writes, any number may read.
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private bool _schemaReady;

    public Neo4jGraphWriter(ICypherRunner runner, ILogger<Neo4jGraphWriter>? logger = null, int maxRecordsPerTransaction = DefaultMaxRecordsPerTransaction)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxRecordsPerTransaction);
        _runner = runner;
        _logger = logger ?? NullLogger<Neo4jGraphWriter>.Instance;
        _maxRecordsPerTransaction = maxRecordsPerTransaction;
    }

    /// <summary>Every statement this class can send, with each variant a runtime choice can produce (for linting).</summary>
    public static IEnumerable<CypherStatementVariant> StatementVariants() =>
        [.. GraphSchema.Statements.Select(CypherStatementVariant.Of), .. WriteStatements.Variants()];

    /// <summary>Applies one document's batch in one transaction (see <see cref="IGraphStore.ApplyAsync"/>).</summary>
    public async Task<GraphChanges> ApplyAsync(GraphBatch batch, CancellationToken cancellationToken)
    {
        GraphBatchValidator.EnsureValid(batch);
        var changes = await WriteAsync([batch], cancellationToken).ConfigureAwait(false);
        return changes[0];
    }

    /// <summary>
    /// Applies many batches in order, in transactions of whole batches holding at most
    /// <see cref="DefaultMaxRecordsPerTransaction"/> records each (see <see cref="IGraphStore.ApplyAllAsync"/> for what
    /// that means for atomicity), and logs the progress after each. Nothing is sent unless every batch is valid.
    /// </summary>
    public async Task<IReadOnlyList<GraphChanges>> ApplyAllAsync(IReadOnlyList<GraphBatch> batches, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batches);
        foreach (var batch in batches)
        {
            ArgumentNullException.ThrowIfNull(batch, nameof(batches));
            GraphBatchValidator.EnsureValid(batch);
        }

        return batches.Count == 0 ? [] : await WriteAsync(batches, cancellationToken).ConfigureAwait(false);
    }

    public void Dispose() => _writeLock.Dispose();

    private async Task<IReadOnlyList<GraphChanges>> WriteAsync(IReadOnlyList<GraphBatch> batches, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
            var changes = new List<GraphChanges>(batches.Count);
            foreach (var chunk in Chunk(batches))
            {
                changes.AddRange(await _runner.ExecuteWriteAsync((transaction, token) => ApplyInTransactionAsync(transaction, chunk, token), cancellationToken).ConfigureAwait(false));
                if (batches.Count > 1)
                {
                    LogProgress(changes.Count, batches.Count, chunk.Count);
                }
            }

            return changes;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    // Consecutive batches while they fit the limit; a batch is never split, so each document changes whole.
    private IEnumerable<IReadOnlyList<GraphBatch>> Chunk(IReadOnlyList<GraphBatch> batches)
    {
        var chunk = new List<GraphBatch>();
        var records = 0;
        foreach (var batch in batches)
        {
            var size = batch.Nodes.Count + batch.Relationships.Count;
            if (chunk.Count > 0 && records + size > _maxRecordsPerTransaction)
            {
                yield return chunk;
                chunk = [];
                records = 0;
            }

            chunk.Add(batch);
            records += size;
        }

        yield return chunk;
    }

    // Runs again, from the first read, when the runner retries the unit: nothing is kept between runs.
    private static async Task<IReadOnlyList<GraphChanges>> ApplyInTransactionAsync(
        ICypherTransaction transaction, IReadOnlyList<GraphBatch> batches, CancellationToken cancellationToken)
    {
        var documentIds = batches.Select(batch => batch.DocumentId).Distinct(StringComparer.Ordinal).ToList();
        var nodeIds = batches.SelectMany(batch => batch.Nodes).Select(node => node.Id).Distinct(StringComparer.Ordinal).ToList();
        var relationshipIds = batches.SelectMany(batch => batch.Relationships).Select(r => r.Id).Distinct(StringComparer.Ordinal).ToList();

        var storedNodes = await ReadAsync(transaction, WriteStatements.ReadStoredNodes(documentIds, nodeIds), cancellationToken).ConfigureAwait(false);
        var startIds = storedNodes.Select(node => node.Id).Union(nodeIds, StringComparer.Ordinal).ToList();
        var storedRelationships = await ReadAsync(
            transaction, WriteStatements.ReadStoredRelationships(startIds, documentIds, relationshipIds), cancellationToken).ConfigureAwait(false);

        var plan = WritePlan.Build(batches, storedNodes, storedRelationships);
        foreach (var statement in plan.Statements)
        {
            await transaction.RunAsync(statement, cancellationToken).ConfigureAwait(false);
        }

        return plan.Changes;
    }

    private static async Task<List<StoredContributions>> ReadAsync(ICypherTransaction transaction, CypherStatement statement, CancellationToken cancellationToken)
    {
        var result = await transaction.RunAsync(statement, cancellationToken).ConfigureAwait(false);
        return result.Records.Select(StoredContributions.From).ToList();
    }

    // Schema statements cannot share a transaction with writes; each is idempotent, so each runs on its own and may be
    // retried alone. Called under the write lock, so it runs once, unless it failed.
    private async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        if (_schemaReady)
        {
            return;
        }

        foreach (var statement in GraphSchema.Statements)
        {
            await _runner.RunAsync(statement, cancellationToken).ConfigureAwait(false);
        }

        _schemaReady = true;
        LogSchemaReady(GraphSchema.Statements.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Neo4j: schema set up ({Statements} constraint and index statements, each IF NOT EXISTS).")]
    private partial void LogSchemaReady(int statements);

    [LoggerMessage(Level = LogLevel.Information, Message = "Neo4j: committed {Applied} of {Total} batches (this transaction held {InTransaction}).")]
    private partial void LogProgress(int applied, int total, int inTransaction);
}
