using GraphQL;
using GraphQL.Execution;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Limits;

/// <summary>
/// Bounds each operation's time with graphql-dotnet's own timeout: past <see cref="LimitsOptions.ExecutionTimeout"/>
/// the request's cancellation token fires (resolvers and store calls stop), and the response carries one
/// <see cref="TimeoutError"/> (code <c>TIMEOUT</c>) instead of partial data.
/// </summary>
public static class ExecutionTimeout
{
    /// <summary>Sets the timeout of one execution from the configured limits.</summary>
    public static void Configure(ExecutionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var limits = options.RequestServices!.GetRequiredService<IOptions<LimitsOptions>>().Value;
        options.Timeout = limits.ExecutionTimeout;
        options.TimeoutAction = TimeoutAction.ReturnTimeoutError;
    }
}
