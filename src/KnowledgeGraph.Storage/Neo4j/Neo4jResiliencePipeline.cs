using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// The resilience every unit of work against Neo4j runs in, outermost first: a total time budget, retries of the
/// failures <see cref="Neo4jRetryRule"/> allows, spaced by <see cref="ExponentialBackoff"/> (1 s, 2 s, 4 s… ±20 % by
/// default, as Neo4j's drivers do), and a circuit breaker that stops calls after repeated failures. The per-request timeout lives
/// in <see cref="QueryApiClient"/>, because one unit (a transaction) makes several requests.
/// </summary>
/// <remarks>
/// This is a Polly pipeline around the unit of work, not an HTTP resilience handler on the HttpClient
/// (Microsoft.Extensions.Http.Resilience): a handler would re-send a single statement inside an explicit transaction,
/// which must only be retried as a whole, and it cannot see the Neo4j code that decides, because the status does not.
/// </remarks>
internal static class Neo4jResiliencePipeline
{
    /// <summary>The failure that led to the latest retry, for the error reported when the budget runs out.</summary>
    public static readonly ResiliencePropertyKey<Exception> LastFailure = new("Neo4j.LastFailure");

    public static ResiliencePipeline Create(Neo4jOptions options, TimeProvider timeProvider, Action<OnRetryArguments<object>> onRetry)
    {
        var retryable = new PredicateBuilder().Handle<Exception>(Neo4jRetryRule.IsRetryable);
        var backoff = new ExponentialBackoff(options.FirstRetryDelay, options.RetryBudget, Random.Shared);
        return new ResiliencePipelineBuilder { TimeProvider = timeProvider }
            .AddTimeout(new TimeoutStrategyOptions { Timeout = options.RetryBudget })
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = retryable,
                DelayGenerator = arguments => ValueTask.FromResult<TimeSpan?>(backoff.DelayBefore(arguments.AttemptNumber)),
                // The budget above ends the retries, not a count.
                MaxRetryAttempts = int.MaxValue,
                OnRetry = arguments =>
                {
                    if (arguments.Outcome.Exception is { } failure)
                    {
                        arguments.Context.Properties.Set(LastFailure, failure);
                    }

                    onRetry(arguments);
                    return ValueTask.CompletedTask;
                },
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = retryable,
                FailureRatio = 0.5,
                MinimumThroughput = options.BreakerMinimumThroughput,
                SamplingDuration = options.BreakerSamplingDuration,
                BreakDuration = options.BreakerBreakDuration,
            })
            .Build();
    }
}
