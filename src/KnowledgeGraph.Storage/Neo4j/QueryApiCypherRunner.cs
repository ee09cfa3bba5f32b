using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// <see cref="ICypherRunner"/> over Neo4j's HTTP Query API. One instance per application: it owns the circuit breaker
/// and the latest bookmarks, which every later auto-commit statement and transaction sends so that reads see earlier
/// writes even on a cluster.
/// </summary>
internal sealed partial class QueryApiCypherRunner : ICypherRunner
{
    private readonly IHttpClientFactory _httpClients;
    private readonly Neo4jOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<QueryApiCypherRunner> _logger;
    private readonly ResiliencePipeline _pipeline;
    private readonly ServerNotificationLog _notifications;
    // Replaced whole, never changed in place, so concurrent units read one consistent list.
    private volatile IReadOnlyList<string> _bookmarks = [];

    public QueryApiCypherRunner(
        IHttpClientFactory httpClients,
        IOptions<Neo4jOptions> options,
        TimeProvider timeProvider,
        ILogger<QueryApiCypherRunner> logger)
    {
        _httpClients = httpClients;
        _options = options.Value;
        _timeProvider = timeProvider;
        _logger = logger;
        _pipeline = Neo4jResiliencePipeline.Create(_options, timeProvider, LogRetry);
        _notifications = new ServerNotificationLog(logger);
    }

    public Task<CypherResult> RunAsync(CypherStatement statement, CancellationToken cancellationToken = default) =>
        ExecuteResilientlyAsync(statement.Name, async attemptToken =>
        {
            var reply = await NewClient().RunAsync(statement, _bookmarks, attemptToken).ConfigureAwait(false);
            RememberBookmarks(reply.Result.Bookmarks);
            return reply.Result;
        }, cancellationToken);

    public Task<ICypherTransaction> BeginTransactionAsync(CancellationToken cancellationToken = default) =>
        ExecuteResilientlyAsync("begin transaction", BeginAsync, cancellationToken);

    public Task<T> ExecuteWriteAsync<T>(Func<ICypherTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        return ExecuteResilientlyAsync("write transaction", async attemptToken =>
        {
            var transaction = await BeginAsync(attemptToken).ConfigureAwait(false);
            // Leaving this block without a commit, by any failure, rolls the transaction back; without the attempt's
            // token, so that a unit cancelled or out of budget still lets go of its locks.
            await using (transaction.ConfigureAwait(false))
            {
                var result = await work(transaction, attemptToken).ConfigureAwait(false);
                await transaction.CommitAsync(attemptToken).ConfigureAwait(false);
                return result;
            }
        }, cancellationToken);
    }

    private async Task<ICypherTransaction> BeginAsync(CancellationToken cancellationToken)
    {
        var client = NewClient();
        var reply = await client.BeginAsync(_bookmarks, cancellationToken).ConfigureAwait(false);
        var id = reply.TransactionId ?? throw new Neo4jUnavailableException("Neo4j opened no transaction: its answer named none.", null, mayRecover: false);
        return new QueryApiTransaction(client, id, reply.ClusterAffinity, RememberBookmarks);
    }

    private async Task<T> ExecuteResilientlyAsync<T>(string operation, Func<CancellationToken, Task<T>> attempt, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(operation, cancellationToken);
        try
        {
            return await _pipeline.ExecuteAsync(
                static async (context, attempt) => await attempt(context.CancellationToken).ConfigureAwait(false),
                context,
                attempt).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException exception)
        {
            var lastFailure = context.Properties.GetValue(Neo4jResiliencePipeline.LastFailure, exception);
            throw new Neo4jUnavailableException(
                $"'{operation}' failed: Neo4j did not succeed within the retry budget of {_options.RetryBudget.TotalSeconds:0.###} s. Last failure: {lastFailure.Message}",
                lastFailure);
        }
        catch (BrokenCircuitException exception)
        {
            throw new Neo4jUnavailableException(
                $"'{operation}' refused: Neo4j failed repeatedly, so calls are held back for {_options.BreakerBreakDuration.TotalSeconds:0.###} s before the next try.",
                exception);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private QueryApiClient NewClient() => new(_httpClients.CreateClient(QueryApiClient.HttpClientName), _options, _timeProvider, _notifications);

    private void RememberBookmarks(IReadOnlyList<string> bookmarks)
    {
        if (bookmarks.Count > 0)
        {
            _bookmarks = bookmarks;
        }
    }

    private void LogRetry(OnRetryArguments<object> retry) =>
        LogRetrying(retry.Context.OperationKey, retry.AttemptNumber + 1, retry.RetryDelay, (retry.Outcome.Exception as Neo4jException)?.Neo4jCode, retry.Outcome.Exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Neo4j: '{Operation}' failed ({Neo4jCode}); retry {Retry} in {Delay}.")]
    private partial void LogRetrying(string? operation, int retry, TimeSpan delay, string? neo4jCode, Exception? exception);
}
