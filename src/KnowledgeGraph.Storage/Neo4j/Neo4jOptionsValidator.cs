using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>Refuses options the Query API cannot work with, each failure saying which key to fix.</summary>
internal sealed class Neo4jOptionsValidator : IValidateOptions<Neo4jOptions>
{
    public ValidateOptionsResult Validate(string? name, Neo4jOptions options)
    {
        var failures = new List<string>();
        if (!QueryApiAddress.TryResolve(options.Uri, out _, out var addressError))
        {
            failures.Add(addressError!);
        }

        if (string.IsNullOrWhiteSpace(options.Database))
        {
            failures.Add($"{Neo4jOptions.SectionName}:Database is empty; Neo4j's default database is 'neo4j'.");
        }

        if (string.IsNullOrEmpty(options.User) != string.IsNullOrEmpty(options.Password))
        {
            failures.Add($"Give both {Neo4jOptions.SectionName}:User and :Password (or NEO4J_USERNAME and NEO4J_PASSWORD), or neither for a server without authentication.");
        }

        RequirePositive(failures, nameof(options.RequestTimeout), options.RequestTimeout);
        RequirePositive(failures, nameof(options.FirstRetryDelay), options.FirstRetryDelay);
        RequirePositive(failures, nameof(options.RetryBudget), options.RetryBudget);
        // Polly's own lower bounds for a circuit breaker, stated here so the message names our keys.
        if (options.BreakerMinimumThroughput < 2)
        {
            failures.Add($"{Neo4jOptions.SectionName}:{nameof(options.BreakerMinimumThroughput)} must be at least 2.");
        }

        RequireHalfASecond(failures, nameof(options.BreakerSamplingDuration), options.BreakerSamplingDuration);
        RequireHalfASecond(failures, nameof(options.BreakerBreakDuration), options.BreakerBreakDuration);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void RequireHalfASecond(List<string> failures, string key, TimeSpan value)
    {
        if (value < TimeSpan.FromMilliseconds(500))
        {
            failures.Add($"{Neo4jOptions.SectionName}:{key} must be at least 0.5 s.");
        }
    }

    private static void RequirePositive(List<string> failures, string key, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            failures.Add($"{Neo4jOptions.SectionName}:{key} must be positive.");
        }
    }
}
