using KnowledgeGraph.Api.Ingestion.Archive;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Storage;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Corpus;

/// <summary>
/// Loads the corpus into the store in the background, so the server listens (and <c>/healthz</c> answers) at once,
/// then marks <see cref="CorpusReadiness"/> for <c>/readyz</c> and the GraphQL endpoint. The corpus is every seed
/// document of <see cref="CorpusOptions.DocumentsPath"/> and every document kept in the data directory by ingestion (a
/// kept document replaces the seed of the same file name); temporary files of interrupted ingests are removed, never
/// loaded. A document that fails to extract is logged and skipped, so one bad file does not keep the rest offline.
/// </summary>
public sealed partial class CorpusLoader(
    IGraphStore store,
    DocumentArchive archive,
    CorpusReadiness readiness,
    IOptions<CorpusOptions> options,
    ILogger<CorpusLoader> logger) : BackgroundService
{
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
            .OrderBy(file => Path.GetFileName(file), StringComparer.Ordinal);

        var loaded = 0;
        foreach (var file in documents)
        {
            var fileName = Path.GetFileName(file);
            try
            {
                var batch = ExtractionPipeline.Default.Extract(SourceDocumentFile.Read(file));
                await store.ApplyAsync(batch, cancellationToken);
                LogLoaded(fileName, batch.Nodes.Count, batch.Relationships.Count);
                loaded++;
            }
            catch (Exception exception) when (exception is IOException or ArgumentException or InvalidOperationException or FormatException)
            {
                LogFailed(exception, fileName);
            }
        }

        LogCorpusLoaded(loaded, seeds.Count, folder, kept.Count, archive.Folder);
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {FileName}: {Nodes} nodes, {Relationships} relationships")]
    private partial void LogLoaded(string fileName, int nodes, int relationships);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not load {FileName}; it is left out of the graph")]
    private partial void LogFailed(Exception exception, string fileName);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {Count} documents: {Seeds} seeds from {Folder}, {Kept} kept documents from {DataDir}")]
    private partial void LogCorpusLoaded(int count, int seeds, string folder, int kept, string dataDir);
}
