using System.Text;
using KnowledgeGraph.Api.Ingestion;
using KnowledgeGraph.Api.Ingestion.Extracting;
using KnowledgeGraph.Api.Tests.Exports;
using KnowledgeGraph.Api.Tests.Ingestion;
using KnowledgeGraph.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.Hosting;

/// <summary>
/// How start-up extracts does not change what it serves: documents extracted in parallel make the graph a serial load
/// makes, and a restart that reads the extraction cache (one entry of it damaged) serves the graph of the first start.
/// The graph is compared whole, as its node and edge exports.
/// </summary>
public sealed class ExtractionAtStartUpTests : IDisposable
{
    private readonly TemporaryDataDirectory _dataDirectory = new();
    private readonly TemporaryDataDirectory _otherDataDirectory = new();

    public void Dispose()
    {
        _dataDirectory.Dispose();
        _otherDataDirectory.Dispose();
    }

    // Three copies of every seed, each a document of its own, kept in the data directory beside the seeds themselves.
    private static List<string> KeepCopiesOfTheSeeds(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        var copies = new List<string>();
        foreach (var seed in SeedText.SeedFileNames)
        {
            var text = File.ReadAllText(Path.Combine(RepositoryPaths.SeedDocuments, seed), Encoding.UTF8);
            for (var copy = 0; copy < 3; copy++)
            {
                var name = $"copy{copy}_{seed}";
                File.WriteAllText(Path.Combine(dataDirectory, name), SeedText.CopyNamed(text, name));
                copies.Add(name);
            }
        }

        return copies;
    }

    private static async Task<(string Nodes, string Edges, IReadOnlyList<string> FileNames)> ServedGraphAsync(string dataDirectory, int parallelism)
    {
        using var api = new IngestionApiFactory(dataDirectory, services: services =>
            services.Configure<IngestionOptions>(options => options.ExtractionParallelism = parallelism));
        return (
            Encoding.UTF8.GetString(await api.DownloadAsync("/export/nodes.csv")),
            Encoding.UTF8.GetString(await api.DownloadAsync("/export/edges.csv")),
            await api.DocumentFileNamesAsync());
    }

    [Fact]
    public async Task Documents_extracted_in_parallel_make_the_graph_a_serial_load_makes()
    {
        var copies = KeepCopiesOfTheSeeds(_dataDirectory.Path);
        KeepCopiesOfTheSeeds(_otherDataDirectory.Path);

        var serial = await ServedGraphAsync(_dataDirectory.Path, parallelism: 1);
        var parallel = await ServedGraphAsync(_otherDataDirectory.Path, parallelism: 4);

        Assert.Equal(SeedText.SeedFileNames.Concat(copies).Order(StringComparer.Ordinal), parallel.FileNames);
        Assert.Equal(serial.FileNames, parallel.FileNames);
        Assert.Equal(serial.Nodes, parallel.Nodes);
        Assert.Equal(serial.Edges, parallel.Edges);
    }

    [Fact]
    public async Task A_restart_reads_the_extraction_cache_ignores_a_damaged_entry_and_serves_the_same_graph()
    {
        var copies = KeepCopiesOfTheSeeds(_dataDirectory.Path);
        var firstStart = await ServedGraphAsync(_dataDirectory.Path, parallelism: 0);
        var entries = Directory.GetFiles(Path.Combine(_dataDirectory.Path, ExtractionCache.FolderName)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(SeedText.SeedFileNames.Count + copies.Count, entries.Count);
        var written = entries.ToDictionary(entry => entry, File.GetLastWriteTimeUtc);
        var damaged = entries[0];
        File.WriteAllBytes(damaged, [.. File.ReadAllBytes(damaged).AsSpan(0, 100)]);

        var restart = await ServedGraphAsync(_dataDirectory.Path, parallelism: 0);

        Assert.Equal(SeedText.SeedFileNames.Concat(copies).Order(StringComparer.Ordinal), restart.FileNames);
        Assert.Equal(firstStart.Nodes, restart.Nodes);
        Assert.Equal(firstStart.Edges, restart.Edges);
        // Only the damaged entry was extracted and written again; every other document was read from the cache.
        Assert.All(entries.Skip(1), entry => Assert.Equal(written[entry], File.GetLastWriteTimeUtc(entry)));
        Assert.True(new FileInfo(damaged).Length > 100);
    }
}
