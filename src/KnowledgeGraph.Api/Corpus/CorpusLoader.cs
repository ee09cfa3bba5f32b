using KnowledgeGraph.Api.Ingestion.Archive;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Storage;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Corpus;

/// <summary>
/// Loads the corpus into the store in the background, so the server listens (and <c>/healthz</c> answers) at once,
/// then marks <see cref="CorpusReadiness"/> for <c>/readyz</c> and the GraphQL endpoint. The corpus is every seed
/// document of <see cref="CorpusOptions.DocumentsPath"/> and every document kept in the data directory by ingestion (a
/// kept document replaces the seed of the same file name); temporary files of interrupted ingests are removed, never
/// loaded. Documents are extracted with the same pipeline as ingestion and applied a tenth of the corpus at a time
/// (<see cref="IGraphStore.ApplyAllAsync"/>). A document that fails to extract is logged and skipped, so one bad file
/// does not keep the rest offline; a tenth that the store fails to apply is logged, file by file, and left out whole.
/// </summary>
public sealed partial class CorpusLoader(
    ExtractionPipeline pipeline,
    IGraphStore store,
    DocumentArchive archive,
    CorpusReadiness readiness,
    IOptions<CorpusOptions> options,
    ILogger<CorpusLoader> logger) : BackgroundService
{
    // Every apply rebuilds the embedded store's whole snapshot, so one apply per document costs the square of the
    // corpus; a fixed number of bulk applies keeps loading linear and still logs progress while a large corpus loads.
    private const int Steps = 10;

    /// <summary>How many documents one bulk step of a corpus of <paramref name="documentCount"/> loads: a tenth, at least one.</summary>
    public static int StepSize(int documentCount) => Math.Max(1, (documentCount + Steps - 1) / Steps);

    /// <summary>Loads the seeds and the kept documents; also what the <c>ingest</c> command does before it ingests.</summary>
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        var folder = Path.GetFullPath(options.Value.DocumentsPath);
        archive.RemoveLeftovers();
        var seeds = Directory.EnumerateFiles(folder, "*.txt").ToList();
        var kept = archive.KeptFiles();
        // Kept documents come first, so that DistinctBy keeps them over the seeds of the same file name.
        var documents = kept.Concat(seeds)
            .DistinctBy(file => Path.GetFileName(file), StringComparer.Ordinal)
            .OrderBy(file => Path.GetFileName(file), StringComparer.Ordinal)
            .ToList();

        int read = 0, loaded = 0;
        foreach (var step in documents.Chunk(StepSize(documents.Count)))
        {
            loaded += await LoadStepAsync(step, cancellationToken);
            read += step.Length;
            LogProgress(read, documents.Count);
        }

        LogCorpusLoaded(loaded, seeds.Count, folder, kept.Count, archive.Folder);
    }

    // Extracts each file, then applies all that extracted as one change; returns how many documents it loaded.
    private async Task<int> LoadStepAsync(IEnumerable<string> files, CancellationToken cancellationToken)
    {
        var extracted = new List<(string FileName, GraphBatch Batch)>();
        foreach (var file in files)
        {
            if (Extract(file) is { } batch)
            {
                extracted.Add((Path.GetFileName(file), batch));
            }
        }

        try
        {
            await store.ApplyAllAsync([.. extracted.Select(document => document.Batch)], cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or InvalidOperationException)
        {
            foreach (var (fileName, _) in extracted)
            {
                LogFailed(exception, fileName);
            }

            return 0;
        }

        foreach (var (fileName, batch) in extracted)
        {
            LogLoaded(fileName, batch.Nodes.Count, batch.Relationships.Count);
        }

        return extracted.Count;
    }

    // Validated here, as the ingestor does, so that a bad batch is this document's failure, not its whole step's;
    // extraction is a pure function, but any bug in a recogniser must skip this document, not fail the service.
    private GraphBatch? Extract(string file)
    {
        try
        {
            var batch = pipeline.Extract(SourceDocumentFile.Read(file));
            GraphBatchValidator.EnsureValid(batch);
            return batch;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            LogFailed(exception, Path.GetFileName(file));
            return null;
        }
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Yield first: BackgroundService runs ExecuteAsync synchronously up to its first await, which would hold up
        // the host's start-up while the first document is extracted.
        await Task.Yield();
        await LoadAsync(stoppingToken);
        readiness.MarkReady();
    }

    // Each document at Debug: the start-up log is a summary (Logging__LogLevel__KnowledgeGraph=Debug shows these).
    [LoggerMessage(Level = LogLevel.Debug, Message = "Loaded {FileName}: {Nodes} nodes, {Relationships} relationships")]
    private partial void LogLoaded(string fileName, int nodes, int relationships);

    [LoggerMessage(Level = LogLevel.Information, Message = "Read {Read} of {Total} documents")]
    private partial void LogProgress(int read, int total);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not load {FileName}; it is left out of the graph")]
    private partial void LogFailed(Exception exception, string fileName);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {Count} documents: {Seeds} seeds from {Folder}, {Kept} kept documents from {DataDir}")]
    private partial void LogCorpusLoaded(int count, int seeds, string folder, int kept, string dataDir);
}
