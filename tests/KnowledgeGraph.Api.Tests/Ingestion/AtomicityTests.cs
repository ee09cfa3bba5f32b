using System.Collections.Concurrent;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Embedded;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgeGraph.Api.Tests.Ingestion;

/// <summary>A document that fails anywhere leaves no trace; readers never see half of one, however many ingests run.</summary>
public sealed class AtomicityTests : IDisposable
{
    private readonly TemporaryDataDirectory _dataDirectory = new();

    public void Dispose() => _dataDirectory.Dispose();

    private IngestionApiFactory ApiOn(IGraphStore store) =>
        new(_dataDirectory.Path, services: services => services.Replace(ServiceDescriptor.Singleton(store)));

    [Fact]
    public async Task When_the_store_fails_a_new_document_is_neither_visible_nor_kept()
    {
        var store = new FailingGraphStore(new EmbeddedGraphStore());
        using var api = ApiOn(store);
        var sizeBefore = await api.GraphSizeAsync();
        store.Failing = true;

        var payload = await api.IngestAsync("lost.txt", SeedText.CopyNamed(SeedText.Liangshan, "lost.txt"));

        Assert.Equal(["STORAGE_FAILED"], payload.PayloadErrorCodes());
        Assert.Equal(sizeBefore, await api.GraphSizeAsync());
        Assert.Empty(_dataDirectory.FileNames());
    }

    [Fact]
    public async Task When_the_store_fails_on_a_revision_the_previous_version_stays_visible_and_kept()
    {
        var store = new FailingGraphStore(new EmbeddedGraphStore());
        using var api = ApiOn(store);
        var original = SeedText.CopyNamed(SeedText.Liangshan, "revised.txt");
        await api.IngestAsync("revised.txt", original);
        var sizeBefore = await api.GraphSizeAsync();
        store.Failing = true;

        var payload = await api.IngestAsync("revised.txt", SeedText.LiangshanFirstHalf);

        Assert.Equal(["STORAGE_FAILED"], payload.PayloadErrorCodes());
        Assert.Equal(sizeBefore, await api.GraphSizeAsync());
        Assert.Equal(original, await File.ReadAllTextAsync(Path.Combine(_dataDirectory.Path, "revised.txt")));
        Assert.Equal(["revised.txt", "revised.txt.sha256"], _dataDirectory.FileNames());
    }

    [Fact]
    public async Task When_the_checksum_cannot_be_kept_the_document_is_not_kept_either()
    {
        using var api = new IngestionApiFactory(_dataDirectory.Path);
        var sizeBefore = await api.GraphSizeAsync();
        // A folder where the checksum file should go: the document's rename succeeds, the checksum's fails.
        Directory.CreateDirectory(Path.Combine(_dataDirectory.Path, "blocked.txt.sha256"));

        var payload = await api.IngestAsync("blocked.txt", SeedText.CopyNamed(SeedText.Liangshan, "blocked.txt"));

        Assert.Equal(["STORAGE_FAILED"], payload.PayloadErrorCodes());
        Assert.Equal(sizeBefore, await api.GraphSizeAsync());
        Assert.Empty(_dataDirectory.FileNames());
    }

    [Fact]
    public async Task When_extraction_fails_nothing_is_visible_or_kept()
    {
        // Start-up extracts through the same pipeline, so the bug shows on the ingested document only and the seeds load.
        using var api = new IngestionApiFactory(
            _dataDirectory.Path, services: services => services.Replace(ServiceDescriptor.Singleton(FailingPipeline.FailingOn("unreadable.txt"))));
        var sizeBefore = await api.GraphSizeAsync();
        Assert.Equal(SeedText.SeedFileNames, await api.DocumentFileNamesAsync());

        var payload = await api.IngestAsync("unreadable.txt", SeedText.Liangshan);

        Assert.Equal(["EXTRACTION_FAILED"], payload.PayloadErrorCodes());
        Assert.Equal(sizeBefore, await api.GraphSizeAsync());
        Assert.Empty(_dataDirectory.FileNames());
    }

    [Fact]
    public async Task Concurrent_ingests_and_queries_stay_consistent()
    {
        using var api = new IngestionApiFactory(_dataDirectory.Path);
        // WebApplicationFactory builds its host on first use and is not thread-safe doing so: concurrent first clients
        // may each build one, and ingests and reads would then go to different hosts. Build it before going parallel.
        _ = api.Server;
        var full = SeedText.Extract("x.txt", SeedText.CopyNamed(SeedText.Liangshan, "x.txt")).Count(NodeLabels.Plan);
        var half = SeedText.Extract("x.txt", SeedText.LiangshanFirstHalf).Count(NodeLabels.Plan);
        var copies = Enumerable.Range(0, 6).Select(i => $"copy_{i}.txt").ToList();
        // Copies never change once in; "contended.txt" is rewritten in turn with the full and the half notice.
        var ingests = copies.Select(name => (Name: name, Text: SeedText.CopyNamed(SeedText.Liangshan, name)))
            .Concat(Enumerable.Range(0, 6).Select(i => (Name: "contended.txt", Text: i % 2 == 0 ? SeedText.CopyNamed(SeedText.Liangshan, "contended.txt") : SeedText.LiangshanFirstHalf)))
            .ToList();
        var seen = new ConcurrentBag<(string FileName, int Plans)>();
        using var done = new CancellationTokenSource();
        var reading = new TaskCompletionSource();

        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            while (!done.IsCancellationRequested)
            {
                var (_, body) = await api.PostAsync("{ documents(first: 100) { nodes { fileName plans { title } } } }", apiKey: null);
                foreach (var document in body["data"]!["documents"]!["nodes"]!.AsArray())
                {
                    seen.Add((document!["fileName"]!.GetValue<string>(), document["plans"]!.AsArray().Count));
                }

                reading.TrySetResult();
            }
        })).ToList();
        await reading.Task;
        var results = await Task.WhenAll(ingests.Select(ingest => Task.Run(() => api.IngestAsync(ingest.Name, ingest.Text))));
        // Keep reading until the readers have seen the copies in, so reads overlap the ingests whatever the timing;
        // bounded, so that a graph that never shows them fails the test instead of hanging the run.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!seen.Any(document => copies.Contains(document.FileName)) && !readers.Exists(reader => reader.IsCompleted)
            && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }

        await done.CancelAsync();
        await Task.WhenAll(readers);

        Assert.All(results, payload => Assert.Null(payload["errors"]));
        Assert.Contains(seen, document => copies.Contains(document.FileName));
        Assert.All(seen.Where(document => copies.Contains(document.FileName)), document => Assert.Equal(full, document.Plans));
        Assert.All(seen.Where(document => document.FileName == "contended.txt"), document => Assert.Contains(document.Plans, new[] { full, half }));
        // Whichever version won, the data directory and the graph hold the same one.
        var keptText = await File.ReadAllTextAsync(Path.Combine(_dataDirectory.Path, "contended.txt"));
        var (_, final) = await api.PostAsync("""{ documents(where: { fileName: { eq: "contended.txt" } }) { nodes { plans { title } } } }""", apiKey: null);
        Assert.Equal(
            SeedText.Extract("contended.txt", keptText).Count(NodeLabels.Plan),
            final["data"]!["documents"]!["nodes"]![0]!["plans"]!.AsArray().Count);
        Assert.Equal(
            copies.Append("contended.txt").SelectMany(name => new[] { name, name + ".sha256" }).Order(StringComparer.Ordinal),
            _dataDirectory.FileNames());
    }
}
