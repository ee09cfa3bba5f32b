using KnowledgeGraph.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KnowledgeGraph.Api.Health;

/// <summary>
/// Ready only while the store answers: a Neo4j that is down, unreachable or refuses the configured credentials or
/// database makes <c>/readyz</c> answer 503 with what is wrong. Asks the store's probe on every request, which sends at
/// most one quick request and never retries, so the answer comes at once.
/// </summary>
public sealed class StoreHealthCheck(IGraphStoreProbe probe) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = await probe.CheckAsync(cancellationToken);
        return status.IsAvailable ? HealthCheckResult.Healthy(status.Description) : HealthCheckResult.Unhealthy(status.Description);
    }
}
