using KnowledgeGraph.Api.Corpus;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KnowledgeGraph.Api.Health;

/// <summary>Ready once the store has loaded the corpus; until then <c>/readyz</c> answers 503.</summary>
public sealed class CorpusLoadedHealthCheck(CorpusReadiness readiness) : IHealthCheck
{
    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(readiness.IsReady
            ? HealthCheckResult.Healthy("The store has loaded the documents.")
            : HealthCheckResult.Unhealthy("The store is still loading the documents."));
}
