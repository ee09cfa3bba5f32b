using System.Text;
using KnowledgeGraph.Api.Ingestion.Archive;
using KnowledgeGraph.Api.Ingestion.Duplicates;
using KnowledgeGraph.Api.Ingestion.Errors;
using KnowledgeGraph.Api.Ingestion.Input;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Storage;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Ingestion;

/// <summary>
/// Ingests one document: decode → validate → extract → refuse a duplicate → keep → apply. A document that fails any
/// step changes nothing: bad input is rejected before anything is written, and a failed apply puts the kept file back
/// as it was. The file name is normalised to NFC first, so the name checked, kept and served is one name.
/// </summary>
public sealed partial class DocumentIngestor(
    ExtractionPipeline pipeline,
    IGraphStore store,
    DocumentArchive archive,
    DocumentContents contents,
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
        string givenFileName, string text, IReadOnlyList<IngestionWarning> warnings, CancellationToken cancellationToken)
    {
        var fileName = DocumentFileName.Normalize(givenFileName);
        if (DocumentRules.Check(fileName, text, options.Value.MaxDocumentBytes) is { } invalid)
        {
            return Rejected(fileName, invalid);
        }

        if (Extract(fileName, text) is not { } batch)
        {
            return IngestionResult.Rejected(fileName, new ExtractionFailedError());
        }

        var content = Encoding.UTF8.GetBytes(text);
        var checksum = DocumentChecksum.Of(content);
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            // Under the lock, so that two copies sent at once cannot both find the other not yet there.
            if (contents.OtherHolder(checksum, fileName) is { } first)
            {
                return Rejected(fileName, new DuplicateDocumentError(fileName, first));
            }

            var previous = await archive.ReadAsync(fileName, cancellationToken);
            try
            {
                await archive.KeepAsync(fileName, content, cancellationToken);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                LogStorageFailed(exception, fileName);
                await RestoreAfterFailedKeepAsync(fileName, previous);
                return IngestionResult.Rejected(fileName, new StorageFailedError());
            }

            try
            {
                // Kept means acknowledged at the next start, so it must be applied now: no cancelling past this point.
                var changes = await store.ApplyAsync(batch, CancellationToken.None);
                contents.Record(fileName, checksum);
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

    private IngestionResult Rejected(string fileName, IngestionError error)
    {
        LogRejected(fileName, error.Code);
        return IngestionResult.Rejected(fileName, error);
    }

    // Most failures to keep happen before anything is renamed, when restoring changes nothing; one between the
    // document's rename and its checksum's leaves the new text beside the old checksum, which start-up would set aside.
    // So restoring is worth trying, but its own failure (a full disk fails both) must not fail the request.
    private async Task RestoreAfterFailedKeepAsync(string fileName, byte[]? previous)
    {
        try
        {
            await archive.RestoreAsync(fileName, previous);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            LogStorageFailed(exception, fileName);
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
