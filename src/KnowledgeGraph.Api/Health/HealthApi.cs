using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KnowledgeGraph.Api.Health;

/// <summary>
/// Liveness at <c>GET /healthz</c> (200 while the process serves requests) and readiness at <c>GET /readyz</c>
/// (200 once the store answers and has loaded the corpus, 503 otherwise, saying why; <c>Degraded</c>, still 200, with
/// the documents start-up set aside), for orchestrators and load balancers.
/// </summary>
public static class HealthApi
{
    /// <summary>The liveness path.</summary>
    public const string LivenessPath = "/healthz";

    /// <summary>The readiness path.</summary>
    public const string ReadinessPath = "/readyz";

    /// <summary>Tag of the checks <c>/healthz</c> runs.</summary>
    public const string LiveTag = "live";

    /// <summary>Tag of the checks <c>/readyz</c> runs.</summary>
    public const string ReadyTag = "ready";

    /// <summary>Registers the checks: the process itself (live), the store and the loaded corpus (ready).</summary>
    public static IServiceCollection AddHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck("process", () => HealthCheckResult.Healthy("The process serves requests."), [LiveTag])
            .AddCheck<StoreHealthCheck>("store", tags: [ReadyTag])
            .AddCheck<CorpusLoadedHealthCheck>("corpus", tags: [ReadyTag]);
        return services;
    }

    /// <summary>Maps <c>/healthz</c> and <c>/readyz</c>, each running the checks of its tag.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(LivenessPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(LiveTag) })
            .WithName("Liveness");
        endpoints.MapHealthChecks(ReadinessPath, new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = WriteStatusAndProblemsAsync,
        }).WithName("Readiness");
        return endpoints;
    }

    // The status alone, as ASP.NET Core writes it ("Healthy"), then a line per check that is not healthy saying why:
    // a degraded service must say what is missing, not only that something is.
    private static Task WriteStatusAndProblemsAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        var problems = report.Entries.Values.Where(entry => entry.Status != HealthStatus.Healthy).Select(entry => entry.Description);
        return context.Response.WriteAsync(string.Join('\n', problems.Prepend(report.Status.ToString())));
    }
}
