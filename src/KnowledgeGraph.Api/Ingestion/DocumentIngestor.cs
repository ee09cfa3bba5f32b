using System.Text;
using KnowledgeGraph.Api.Ingestion.Archive;
using KnowledgeGraph.Api.Ingestion.Duplicates;
using KnowledgeGraph.Api.Ingestion.Errors;
using KnowledgeGraph.Api.Ingestion.Extracting;
using KnowledgeGraph.Api.Ingestion.Input;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Changes;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Ingestion;

/// <summary>
/// Ingests documents: decode → validate → extract → refuse a duplicate → keep → apply. A document that fails any step
/// changes nothing: bad input is rejected before anything is written, and a failed apply puts the kept file back as it
/// was. The file name is normalised to NFC first, so the name checked, kept and served is one name. Many files are
/// applied in one bulk write (<see cref="IngestFilesAsync"/>), so that ingesting a folder costs its documents once.
/// </summary>
public sealed partial class DocumentIngestor(
    DocumentExtractor extractor,
    IGraphStore store,
    DocumentArchive archive,
    DocumentContents contents,
    IOptions<IngestionOptions> options,
    ILogger<DocumentIngestor> logger) : IDisposable
{
    // One ingest at a time from keep to apply, so the data directory and the store see ingests in the same order:
    // two concurrent versions of one file name can never leave the disk holding one and the graph the other.
    private readonly SemaphoreSlim _writeLock = new(1, 1);

    /// <summary>Where accepted documents are kept.</summary>
    public string DataDirectory => archive.Folder;

    /// <summary>Ingests a file, decoding UTF-8 or GB18030; the document is named by the file's name.</summary>
    public async Task<IngestionResult> IngestFileAsync(string path, CancellationToken cancellationToken = default) =>
        (await IngestFilesAsync([path], cancellationToken))[0];

    /// <summary>
    /// Ingests files of distinct names as one bulk write, with one result per file in their order: each file is read,
    /// checked and kept on its own (a bad one is rejected, the others go on), then all that were kept are applied to the
    /// store together; if that fails, one by one, so that only the documents the store refuses are put back.
    /// </summary>
    public async Task<IReadOnlyList<IngestionResult>> IngestFilesAsync(IReadOnlyList<string> paths, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var documents = new List<Candidate>(paths.Count);
        foreach (var file in paths.Select(path => new FileInfo(path)))
        {
            var decoded = await DocumentFile.ReadAsync(file, options.Value.MaxDocumentBytes, cancellationToken);
            documents.Add(decoded.Error is { } error
                ? new Candidate(file.Name, null, [], IngestionResult.Rejected(file.Name, error))
                : new Candidate(file.Name, decoded.Text, decoded.Warnings, null));
        }

        return await KeepAndApplyAsync(Check(documents), cancellationToken);
    }

    /// <summary>Ingests a document's text under a file name.</summary>
    public async Task<IngestionResult> IngestTextAsync(string fileName, string text, CancellationToken cancellationToken = default) =>
        (await KeepAndApplyAsync(Check([new Candidate(fileName, text, [], null)]), cancellationToken))[0];

    /// <inheritdoc />
    public void Dispose() => _writeLock.Dispose();

    // Validates each document, then extracts the valid ones together (DocumentExtractor: at once, in their order);
    // each result is a rejection or a document ready to keep.
    private Checked[] Check(IReadOnlyList<Candidate> candidates)
    {
        var results = new Checked[candidates.Count];
        var valid = new List<(int Index, SourceDocument Document, IReadOnlyList<IngestionWarning> Warnings)>();
        for (var index = 0; index < candidates.Count; index++)
        {
            var (givenFileName, text, warnings, rejection) = candidates[index];
            var fileName = DocumentFileName.Normalize(givenFileName);
            if (rejection is not null)
            {
                results[index] = new Checked(rejection, null);
            }
            else if (DocumentRules.Check(fileName, text!, options.Value.MaxDocumentBytes) is { } invalid)
            {
                results[index] = new Checked(Rejected(fileName, invalid), null);
            }
            else
            {
                valid.Add((index, new SourceDocument(fileName, text!), warnings));
            }
        }

        var batches = extractor.ExtractAll([.. valid.Select(document => document.Document)]);
        foreach (var ((index, document, warnings), batch) in valid.Zip(batches))
        {
            var content = Encoding.UTF8.GetBytes(document.Text);
            results[index] = batch is null
                ? new Checked(IngestionResult.Rejected(document.FileName, new ExtractionFailedError()), null)
                : new Checked(null, new Accepted(document.FileName, batch, content, DocumentChecksum.Of(content), warnings));
        }

        return results;
    }

    private async Task<IReadOnlyList<IngestionResult>> KeepAndApplyAsync(IReadOnlyList<Checked> documents, CancellationToken cancellationToken)
    {
        var results = documents.Select(document => document.Rejection).ToArray();
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            // Past the lock nothing is cancelled: a kept document is acknowledged at the next start, so it must be applied.
            var kept = new List<(int Index, Accepted Document, byte[]? Previous)>();
            var keptChecksums = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var index = 0; index < documents.Count; index++)
            {
                if (documents[index].Document is not { } document)
                {
                    continue;
                }

                // Under the lock, so that two copies sent at once cannot both find the other not yet there.
                if ((contents.OtherHolder(document.Checksum, document.FileName) ?? keptChecksums.GetValueOrDefault(document.Checksum)) is { } first)
                {
                    results[index] = Rejected(document.FileName, new DuplicateDocumentError(document.FileName, first));
                    continue;
                }

                var previous = await archive.ReadAsync(document.FileName, CancellationToken.None);
                if (await TryKeepAsync(document.FileName, document.Content, previous) is { } storageFailed)
                {
                    results[index] = storageFailed;
                    continue;
                }

                keptChecksums[document.Checksum] = document.FileName;
                kept.Add((index, document, previous));
            }

            var applied = kept.Count > 1 ? await TryApplyAllAsync([.. kept.Select(k => k.Document.Batch)]) : null;
            for (var i = 0; i < kept.Count; i++)
            {
                var (index, document, previous) = kept[i];
                results[index] = applied is not null
                    ? Ingested(document, applied[i])
                    : await ApplyAsync(document, previous);
            }

            return results!;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    // Writes the document to the data directory; on failure, puts back what was there and says so.
    private async Task<IngestionResult?> TryKeepAsync(string fileName, byte[] content, byte[]? previous)
    {
        try
        {
            await archive.KeepAsync(fileName, content, CancellationToken.None);
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            LogStorageFailed(exception, fileName);
            await RestoreAfterFailedKeepAsync(fileName, previous);
            return IngestionResult.Rejected(fileName, new StorageFailedError());
        }
    }

    // Null when the store refuses the bulk write, which is then retried document by document.
    private async Task<IReadOnlyList<GraphChanges>?> TryApplyAllAsync(IReadOnlyList<GraphBatch> batches)
    {
        try
        {
            return await store.ApplyAllAsync(batches, CancellationToken.None);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            LogBulkApplyFailed(exception, batches.Count);
            return null;
        }
    }

    private async Task<IngestionResult> ApplyAsync(Accepted document, byte[]? previous)
    {
        try
        {
            return Ingested(document, await store.ApplyAsync(document.Batch, CancellationToken.None));
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            LogStorageFailed(exception, document.FileName);
            await archive.RestoreAsync(document.FileName, previous);
            return IngestionResult.Rejected(document.FileName, new StorageFailedError());
        }
    }

    private IngestionResult Ingested(Accepted document, GraphChanges changes)
    {
        contents.Record(document.FileName, document.Checksum);
        LogIngested(document.FileName, changes.Nodes.Added, changes.Nodes.Updated, changes.Nodes.Removed);
        var node = document.Batch.Nodes.Single(n => n.Id == document.Batch.DocumentId);
        return new IngestionResult(document.FileName, node, changes, [], [.. document.Warnings, .. Warn(document.Batch, node)]);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "The store refused {Count} documents written together; writing them one by one")]
    private partial void LogBulkApplyFailed(Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rejected {FileName}: {Code}")]
    private partial void LogRejected(string fileName, string code);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not keep or store {FileName}; the document was rejected and nothing changed")]
    private partial void LogStorageFailed(Exception exception, string fileName);

    // A document as read: its text, or the rejection its reading ended in.
    private sealed record Candidate(string FileName, string? Text, IReadOnlyList<IngestionWarning> Warnings, IngestionResult? Rejection);

    // A document checked before any write: either its rejection or the document ready to keep.
    private sealed record Checked(IngestionResult? Rejection, Accepted? Document);

    private sealed record Accepted(string FileName, GraphBatch Batch, byte[] Content, string Checksum, IReadOnlyList<IngestionWarning> Warnings);
}
