using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Api.Extensions;
using KnowledgeGraph.Api.Ingestion;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Storage.Embedded;
using KnowledgeGraph.Storage.Search;
using KnowledgeGraph.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Spectre.Console;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// What a write costs in an embedded store holding <see cref="Copies"/> times the seeds (<see cref="ScaledCorpus"/>):
/// one document applied, the first search after it, and the <c>ingest</c> command on the corpus's files. The first two
/// should cost the document at every scale; the third should grow with the number of files, not its square.
/// </summary>
[MemoryDiagnoser]
public class WritePathBenchmarks
{
    private const string SearchedText = "学前教育";

    private EmbeddedGraphStore _store = null!;
    private GraphBatch _fullDocument = null!;
    private GraphBatch _halfDocument = null!;
    private bool _holdsHalf;
    private string _ingestFolder = null!;
    private string _emptySeedsFolder = null!;
    private string _dataDirectory = null!;
    private WebApplication _app = null!;

    /// <summary>How many renamed copies of the five seed documents make the corpus.</summary>
    [Params(1, 100)]
    public int Copies { get; set; }

    /// <summary>
    /// Loads the corpus into a store, and makes two versions of the Liangshan notice of the middle copy (the whole
    /// text, and its first half) so that every apply replaces one version with the other: a real revision, whose
    /// hubs (the Liangshan units) are shared with every other copy.
    /// </summary>
    [GlobalSetup(Targets = [nameof(ApplyOneRevisedDocument), nameof(SearchRightAfterARevision)])]
    public void LoadStore()
    {
        var documents = ScaledCorpus.Documents(Copies);
        _store = new EmbeddedGraphStore();
        _store.ApplyAllAsync([.. documents.Select(ExtractionPipeline.Default.Extract)]).GetAwaiter().GetResult();
        var revised = documents.Single(document =>
            NodeIds.Document(document.FileName) == ScaledCorpus.DocumentId(Copies / 2, "004_e24c27e5441453ca.txt"));
        _fullDocument = ExtractionPipeline.Default.Extract(revised);
        _halfDocument = ExtractionPipeline.Default.Extract(revised with { Text = revised.Text[..(revised.Text.Length / 2)] });
        _store.SearchAsync(new SearchQuery(SearchedText, [], 10)).GetAwaiter().GetResult();
    }

    [GlobalCleanup(Targets = [nameof(ApplyOneRevisedDocument), nameof(SearchRightAfterARevision)])]
    public void DisposeStore() => _store.Dispose();

    /// <summary><c>ingestDocument</c>'s share in the store: one revised document applied.</summary>
    [Benchmark]
    public async Task<int> ApplyOneRevisedDocument() => (await ReviseAsync()).Nodes.Added;

    /// <summary>A revision, then the first search, which sees the revision.</summary>
    [Benchmark]
    public async Task<int> SearchRightAfterARevision()
    {
        await ReviseAsync();
        return (await _store.SearchAsync(new SearchQuery(SearchedText, [], 10))).Count;
    }

    /// <summary>Writes the corpus as files for <see cref="IngestAllFiles"/>.</summary>
    [GlobalSetup(Target = nameof(IngestAllFiles))]
    public void WriteFiles()
    {
        _ingestFolder = Directory.CreateTempSubdirectory("kg-ingest-").FullName;
        _emptySeedsFolder = Directory.CreateTempSubdirectory("kg-no-seeds-").FullName;
        ScaledCorpus.Write(Copies, _ingestFolder);
    }

    [GlobalCleanup(Target = nameof(IngestAllFiles))]
    public void DeleteFiles()
    {
        Directory.Delete(_ingestFolder, recursive: true);
        Directory.Delete(_emptySeedsFolder, recursive: true);
    }

    /// <summary>A fresh application with an empty data directory and no seeds, as <c>ingest</c> builds it.</summary>
    [IterationSetup(Target = nameof(IngestAllFiles))]
    public void BuildApp()
    {
        _dataDirectory = Directory.CreateTempSubdirectory("kg-data-").FullName;
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["KnowledgeGraph:DocumentsPath"] = _emptySeedsFolder,
            ["KnowledgeGraph:PersistedOperations:Path"] = RepositoryPaths.PersistedOperations,
            ["KnowledgeGraph:DataDir"] = _dataDirectory,
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.AddKnowledgeGraph();
        _app = builder.Build();
    }

    [IterationCleanup(Target = nameof(IngestAllFiles))]
    public void DisposeApp()
    {
        _app.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Directory.Delete(_dataDirectory, recursive: true);
    }

    /// <summary>The <c>ingest</c> command on the corpus's <see cref="Copies"/> × 5 files, into an empty data directory.</summary>
    [Benchmark]
    public Task<int> IngestAllFiles()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(TextWriter.Null) });
        return IngestCommand.RunAsync(_app.Services, [new DirectoryInfo(_ingestFolder)], console, CancellationToken.None);
    }

    private Task<Storage.Changes.GraphChanges> ReviseAsync()
    {
        _holdsHalf = !_holdsHalf;
        return _store.ApplyAsync(_holdsHalf ? _halfDocument : _fullDocument);
    }
}
