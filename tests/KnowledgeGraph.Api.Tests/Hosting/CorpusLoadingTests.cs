using KnowledgeGraph.Api.Tests.Ingestion;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Embedded;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgeGraph.Api.Tests.Hosting;

/// <summary>What start-up loads: every seed and kept document that extracts, through the service's own pipeline.</summary>
public sealed class CorpusLoadingTests : IDisposable
{
    private readonly TemporaryDataDirectory _dataDirectory = new();

    public void Dispose() => _dataDirectory.Dispose();

    [Fact]
    public async Task A_seed_the_pipeline_cannot_extract_is_left_out_and_the_other_documents_load()
    {
        var pipeline = FailingPipeline.FailingOn(SeedText.LiangshanFileName);
        using var api = new IngestionApiFactory(_dataDirectory.Path, services: services => services.Replace(ServiceDescriptor.Singleton(pipeline)));

        var fileNames = await api.DocumentFileNamesAsync();

        Assert.Equal(SeedText.SeedFileNames.Where(fileName => fileName != SeedText.LiangshanFileName), fileNames);
    }

    [Fact]
    public async Task When_the_store_fails_while_loading_nothing_is_served_and_the_service_still_gets_ready()
    {
        // The factory hands out the host only once the corpus is loaded, so answering at all shows readiness came.
        var store = new FailingGraphStore(new EmbeddedGraphStore()) { Failing = true };
        using var api = new IngestionApiFactory(_dataDirectory.Path, services: services => services.Replace(ServiceDescriptor.Singleton<IGraphStore>(store)));

        Assert.Empty(await api.DocumentFileNamesAsync());
    }

    [Fact]
    public async Task A_corpus_too_large_for_one_step_loads_every_document()
    {
        // Twenty documents go in steps of two, so the store applies several batches at once, again and again.
        Directory.CreateDirectory(_dataDirectory.Path);
        var copies = Enumerable.Range(0, 15).Select(i => $"copy_{i:D2}.txt").ToList();
        foreach (var copy in copies)
        {
            await File.WriteAllTextAsync(Path.Combine(_dataDirectory.Path, copy), SeedText.CopyNamed(SeedText.LiangshanFirstHalf, copy));
        }

        using var api = new IngestionApiFactory(_dataDirectory.Path);

        Assert.Equal(SeedText.SeedFileNames.Concat(copies).Order(StringComparer.Ordinal), await api.DocumentFileNamesAsync());
    }
}
