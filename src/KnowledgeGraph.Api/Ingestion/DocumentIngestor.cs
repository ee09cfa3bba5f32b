using System.Text;
using KnowledgeGraph.Api.Ingestion.Archive;
using KnowledgeGraph.Api.Ingestion.Errors;
using KnowledgeGraph.Api.Ingestion.Input;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Storage;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Ingestion;

/// <summary>
/// Ingests one document: decode → validate → extract → keep → apply. A document that fails any step changes nothing:
/// bad input is rejected before anything is written, and a failed apply puts the kept file back as it was.
/// </summary>
public sealed partial class DocumentIngestor(
    ExtractionPipeline pipeline,
    IGraphStore store,
    DocumentArchive archive,
    IOptions<IngestionOptions> options,
    ILogger<DocumentIngestor> logger) : IDisposable
{
    // One document at a time from keep to apply, so the data directory and the store see ingests in the same order:
    // two concurrent versions of one file name can never leave the disk holding one and the graph the other.
    private readonly SemaphoreSlim _writeLock = new(1, 1);

    /// <summary>Where accepted documents are kept.</summary>
    public string DataDirectory => archive.Folder;

    /// <summary>Ingests a file, decoding UTF-8 or GB18030; the document is named by the file's name.</summary>
    public async Task<IngestionResult> IngestFileAsync(string path, CancellationToken cancellationToken = default)
    {
        var file = new FileInfo(path);
        var decoded = await DocumentFile.ReadAsync(file, options.Value.MaxDocumentBytes, cancellationToken);
        return decoded.Error is { } error
            ? IngestionResult.Rejected(file.Name, error)
            : await IngestAsync(file.Name, decoded.Text!, decoded.Warnings, cancellationToken);
    }

    /// <summary>Ingests a document's text under a file name.</summary>
    public Task<IngestionResult> IngestTextAsync(string fileName, string text, CancellationToken cancellationToken = default) =>
        IngestAsync(fileName, text, [], cancellationToken);

    /// <inheritdoc />
    public void Dispose() => _writeLock.Dispose();

    private async Task<IngestionResult> IngestAsync(
        string fileName, string text, IReadOnlyList<IngestionWarning> warnings, CancellationToken cancellationToken)
    {
        if (((IngestionError?)DocumentFileName.Check(fileName) ?? DocumentTextCheck.Check(text, options.Value.MaxDocumentBytes)) is { } invalid)
        {
            LogRejected(fileName, invalid.Code);
            return IngestionResult.Rejected(fileName, invalid);
        }

        if (Extract(fileName, text) is not { } batch)
        {
            return IngestionResult.Rejected(fileName, new ExtractionFailedError());
        }

        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            var previous = await archive.ReadAsync(fileName, cancellationToken);
            try
            {
                await archive.KeepAsync(fileName, Encoding.UTF8.GetBytes(text), cancellationToken);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                LogStorageFailed(exception, fileName);
                return IngestionResult.Rejected(fileName, new StorageFailedError());
            }

            try
            {
                // Kept means acknowledged at the next start, so it must be applied now: no cancelling past this point.
                var changes = await store.ApplyAsync(batch, CancellationToken.None);
                LogIngested(fileName, changes.Nodes.Added, changes.Nodes.Updated, changes.Nodes.Removed);
                var document = batch.Nodes.Single(node => node.Id == batch.DocumentId);
                return new IngestionResult(fileName, document, changes, [], [.. warnings, .. Warn(batch, document)]);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                LogStorageFailed(exception, fileName);
                await archive.RestoreAsync(fileName, previous);
                return IngestionResult.Rejected(fileName, new StorageFailedError());
            }
        }
        finally
        {
            _writeLock.Release();
        }
    }

    // Extraction is a pure function, but any bug in a recogniser must reject this document, not fail the service.
    private GraphBatch? Extract(string fileName, string text)
    {
        try
        {
            var batch = pipeline.Extract(new SourceDocument(fileName, text));
            GraphBatchValidator.EnsureValid(batch);
            return batch;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            LogExtractionFailed(exception, fileName);
            return null;
        }
    }

    private static IEnumerable<IngestionWarning> Warn(GraphBatch batch, NodeRecord document)
    {
        var recognisedNothing = batch.Nodes.Count == 1 && batch.Relationships.Count == 0
            && document.GetString(PropertyNames.Title) is null
            && document.GetString(PropertyNames.Number) is null
            && document.GetString(PropertyNames.Date) is null;
        return recognisedNothing ? [IngestionWarning.NothingRecognised] : [];
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Ingested {FileName}: {Added} nodes added, {Updated} updated, {Removed} removed")]
    private partial void LogIngested(string fileName, int added, int updated, int removed);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rejected {FileName}: {Code}")]
    private partial void LogRejected(string fileName, string code);

    [LoggerMessage(Level = LogLevel.Error, Message = "Extraction failed on {FileName}; the document was rejected")]
    private partial void LogExtractionFailed(Exception exception, string fileName);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not keep or store {FileName}; the document was rejected and nothing changed")]
    private partial void LogStorageFailed(Exception exception, string fileName);
}
