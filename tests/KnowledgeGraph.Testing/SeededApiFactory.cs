using KnowledgeGraph.Api.Corpus;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KnowledgeGraph.Testing;

/// <summary>
/// The API in process on the repository's seed documents and persisted operations, found from the source tree, not the
/// test output. The corpus loads in the background, so the host is handed out only once it is ready: tests that
/// expect data (and factories derived with <c>WithWebHostBuilder</c>, which start through this one) never race it.
/// </summary>
public class SeededApiFactory : WebApplicationFactory<Program>
{
    private static readonly TimeSpan ReadinessTimeout = TimeSpan.FromMinutes(1);

    /// <summary>Whether the host is handed out only once the corpus is loaded; false for tests of the time before.</summary>
    protected virtual bool WaitsForReadiness => true;

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("KnowledgeGraph:DocumentsPath", RepositoryPaths.SeedDocuments);
        builder.UseSetting("KnowledgeGraph:PersistedOperations:Path", RepositoryPaths.PersistedOperations);
    }

    /// <inheritdoc />
    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        if (WaitsForReadiness && !host.Services.GetRequiredService<CorpusReadiness>().Loaded.Wait(ReadinessTimeout))
        {
            throw new TimeoutException($"The API did not load the seed documents within {ReadinessTimeout}.");
        }

        return host;
    }
}
