using KnowledgeGraph.Extraction;
using KnowledgeGraph.Storage;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Corpus;

/// <summary>
/// Loads every document of <see cref="CorpusOptions.DocumentsPath"/> into the store before the server takes
/// requests. A document that fails to extract is logged and skipped, so one bad file does not keep the rest offline.
/// </summary>
public sealed partial class CorpusLoader(
    IGraphStore store,
    IOptions<CorpusOptions> options,
    ILogger<CorpusLoader> logger) : IHostedService
{
    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var folder = Path.GetFullPath(options.Value.DocumentsPath);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException(
                $"KnowledgeGraph:DocumentsPath points at '{folder}', which does not exist. Set it to a folder of *.txt documents.");
        }

        var loaded = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal))
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

        LogCorpusLoaded(loaded, folder);
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {FileName}: {Nodes} nodes, {Relationships} relationships")]
    private partial void LogLoaded(string fileName, int nodes, int relationships);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not load {FileName}; it is left out of the graph")]
    private partial void LogFailed(Exception exception, string fileName);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {Count} documents from {Folder}")]
    private partial void LogCorpusLoaded(int count, string folder);
}
