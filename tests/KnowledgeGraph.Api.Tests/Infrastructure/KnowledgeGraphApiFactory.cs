using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Embedded;
using KnowledgeGraph.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgeGraph.Api.Tests.Infrastructure;

/// <summary>The API in process, on the repository's seed documents, with its store's reads counted.</summary>
public sealed class KnowledgeGraphApiFactory : SeededApiFactory
{
    internal CountingGraphStore Store { get; } = new(new EmbeddedGraphStore());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<IGraphStore>(Store)));
    }
}

/// <summary>One API for all tests of a collection: loading the seeds once keeps the suite fast.</summary>
[CollectionDefinition(Name)]
public sealed class SeededApi : ICollectionFixture<KnowledgeGraphApiFactory>
{
    public const string Name = "API on the seed documents";
}
