using KnowledgeGraph.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.Ingestion;

/// <summary>
/// The API in process on the seed documents and a data directory of the test's choosing, with an API key (or none).
/// Two factories on one directory are the same service before and after a restart.
/// </summary>
public sealed class IngestionApiFactory(
    string dataDirectory,
    string? apiKey = IngestionApiFactory.ApiKey,
    Action<IServiceCollection>? services = null) : SeededApiFactory
{
    public const string ApiKey = "test-key-9f2c";

    /// <summary>Small enough that a test can exceed it without building megabytes, large enough for the seeds.</summary>
    public const long MaxDocumentBytes = 200_000;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("KnowledgeGraph:DataDir", dataDirectory);
        builder.UseSetting("KnowledgeGraph:ApiKey", apiKey ?? "");
        builder.UseSetting("KnowledgeGraph:Ingestion:MaxDocumentBytes", MaxDocumentBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (services is not null)
        {
            builder.ConfigureServices(services);
        }
    }
}
