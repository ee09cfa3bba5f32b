using KnowledgeGraph.Extraction;
using KnowledgeGraph.Storage;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Corpus;

/// <summary>
/// Loads every document of <see cref="CorpusOptions.DocumentsPath"/> into the store in the background, so the server
/// listens (and <c>/healthz</c> answers) at once, then marks <see cref="CorpusReadiness"/> for <c>/readyz</c> and the
/// GraphQL endpoint. A document that fails to extract is logged and skipped, so one bad file does not keep the rest
/// offline.
/// </summary>
public sealed partial class CorpusLoader(
    IGraphStore store,
    CorpusReadiness readiness,
    IOptions<CorpusOptions> options,
    ILogger<CorpusLoader> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Yield first: BackgroundService runs ExecuteAsync synchronously up to its first await, which would hold up
        // the host's start-up while the first document is extracted.
        await Task.Yield();
        var folder = Path.GetFullPath(options.Value.DocumentsPath);
        var loaded = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var fileName = Path.GetFileName(file);
            try
            {
                var batch = ExtractionPipeline.Default.Extract(SourceDocumentFile.Read(file));
                await store.ApplyAsync(batch, stoppingToken);
                LogLoaded(fileName, batch.Nodes.Count, batch.Relationships.Count);
                loaded++;
            }
            catch (Exception exception) when (exception is IOException or ArgumentException or InvalidOperationException or FormatException)
            {
                LogFailed(exception, fileName);
            }
        }

        LogCorpusLoaded(loaded, folder);
        readiness.MarkReady();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {FileName}: {Nodes} nodes, {Relationships} relationships")]
    private partial void LogLoaded(string fileName, int nodes, int relationships);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not load {FileName}; it is left out of the graph")]
    private partial void LogFailed(Exception exception, string fileName);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {Count} documents from {Folder}")]
    private partial void LogCorpusLoaded(int count, string folder);
}
