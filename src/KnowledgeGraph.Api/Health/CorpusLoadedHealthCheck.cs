using KnowledgeGraph.Api.Corpus;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KnowledgeGraph.Api.Health;

/// <summary>
/// Ready once the store has loaded the corpus; until then <c>/readyz</c> answers 503. Degraded (still 200: the rest
/// is served) when start-up set kept documents aside, naming each with its reason, so an orchestrator's dashboard shows
/// what the log said once.
/// </summary>
public sealed class CorpusLoadedHealthCheck(CorpusReadiness readiness) : IHealthCheck
{
    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(readiness switch
        {
            { IsReady: false } => HealthCheckResult.Unhealthy("The store is still loading the documents."),
            { SetAside: [] } => HealthCheckResult.Healthy("The store has loaded the documents."),
            { SetAside: var setAside } => HealthCheckResult.Degraded(
                $"{setAside.Count} kept document(s) failed verification and were set aside, not loaded; the others are served.\n"
                + string.Join('\n', setAside.Select(document => $"{document.FileName}: {document.Reason.Code}: {document.Reason.Message} Moved to {document.Folder}."))),
        });
}
