using KnowledgeGraph.Api.Ingestion.Archive;
using KnowledgeGraph.Api.Ingestion.Duplicates;
using KnowledgeGraph.Api.Ingestion.Errors;
using KnowledgeGraph.Api.Ingestion.Extracting;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Storage;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Corpus;

/// <summary>
/// Loads the corpus into the store in the background, so the server listens (and <c>/healthz</c> answers) at once,
/// then marks <see cref="CorpusReadiness"/> for <c>/readyz</c> and the GraphQL endpoint. The corpus is every seed
/// document of <see cref="CorpusOptions.DocumentsPath"/> and every document kept in the data directory by ingestion (a
/// kept document replaces the seed of the same file name); interrupted ingests are finished or undone, never loaded
/// half-written. Kept documents are verified, not trusted: one that fails its checksum or the rules of ingestion, or
/// repeats the text of another document, is set aside in the quarantine folder and named by <c>/readyz</c>, and the
/// rest load. Documents are extracted as ingestion extracts them (<see cref="DocumentExtractor"/>: many at once, a
/// document seen before read from the extraction cache) a tenth of the corpus at a time, with a progress line each, then
/// applied in one bulk write (<see cref="IGraphStore.ApplyAllAsync"/>), in file-name order. A document that fails to
/// extract is logged and skipped, so one bad file does not keep the rest offline; when the store refuses the one write,
/// the tenths are written one by one, and a tenth it refuses again is logged, file by file, and left out whole.
/// The service loads only once the store answers (<see cref="IGraphStoreProbe"/>): a Neo4j that is down or refuses the
/// configuration is logged once, in one line, and asked again every <see cref="StoreRecheckInterval"/> until it answers;
/// one that stops answering while the documents load is waited for in the same way, and the load starts again.
/// </summary>
public sealed partial class CorpusLoader(
    DocumentExtractor extractor,
    IGraphStore store,
    IGraphStoreProbe storeProbe,
    DocumentArchive archive,
    KeptDocumentVerifier verifier,
    DocumentContents contents,
    CorpusReadiness readiness,
    IOptions<CorpusOptions> options,
    ILogger<CorpusLoader> logger) : BackgroundService
{
    // Reading and extracting go a tenth at a time, so that a large corpus logs progress. The tenths are then written in
    // one bulk apply (one snapshot of the embedded store, one transaction per chunk of Neo4j's): the embedded store
    // builds what is new to the graph in one pass, which a write per tenth cannot do for the hubs the earlier tenths
    // created (a restart on 1,000 documents: 18.9–21.6 s in one write, 23.3–24.5 s in tenths; bench/RESULTS.md).
    private const int Steps = 10;

    /// <summary>How long the service waits before asking a store that did not answer again.</summary>
    public static readonly TimeSpan StoreRecheckInterval = TimeSpan.FromSeconds(5);

    /// <summary>How many documents one bulk step of a corpus of <paramref name="documentCount"/> loads: a tenth, at least one.</summary>
    public static int StepSize(int documentCount) => Math.Max(1, (documentCount + Steps - 1) / Steps);

    /// <summary>
    /// Loads the seeds and the kept documents, and returns the kept documents it set aside; also what the
    /// <c>ingest</c> command does before it ingests.
    /// </summary>
    public async Task<IReadOnlyList<SetAsideDocument>> LoadAsync(CancellationToken cancellationToken)
    {
        var startedAt = DateTimeOffset.UtcNow;
        var folder = Path.GetFullPath(options.Value.DocumentsPath);
        archive.FinishInterruptedWrites();
        var seeds = Directory.EnumerateFiles(folder, "*.txt").ToList();
        var kept = archive.KeptFiles();
        // Kept documents come first, so that DistinctBy keeps them over the seeds of the same file name.
        var documents = kept.Concat(seeds)
            .DistinctBy(file => Path.GetFileName(file), StringComparer.Ordinal)
            .OrderBy(file => Path.GetFileName(file), StringComparer.Ordinal)
            .ToList();

        // Seeds claim their texts before any kept document does: they are under version control and never set aside,
        // so a kept copy of a seed is the duplicate, whatever the order of their names.
        contents.Clear();
        foreach (var seed in documents.Where(file => !IsKept(file)).Select(SourceDocumentFile.Read))
        {
            contents.Record(seed.FileName, DocumentChecksum.OfText(seed.Text));
        }

        var read = 0;
        var setAside = new List<SetAsideDocument>();
        var tenths = new List<IReadOnlyList<ExtractedDocument>>();
        foreach (var step in documents.Chunk(StepSize(documents.Count)))
        {
            tenths.Add(await ExtractStepAsync(step, startedAt, setAside, cancellationToken));
            read += step.Length;
            LogProgress(read, documents.Count);
        }

        var loaded = await ApplyAsync(tenths, cancellationToken);
        extractor.DeleteUnusedBatches();
        LogCorpusLoaded(loaded, seeds.Count, folder, kept.Count - setAside.Count, archive.Folder);
        return setAside;
    }

    // Reads each file and extracts them all (at once: DocumentExtractor); what failed to read or extract is left out.
    private async Task<IReadOnlyList<ExtractedDocument>> ExtractStepAsync(
        IEnumerable<string> files, DateTimeOffset startedAt, List<SetAsideDocument> setAside, CancellationToken cancellationToken)
    {
        var documents = new List<SourceDocument>();
        foreach (var file in files)
        {
            if (await ReadAsync(file, startedAt, setAside, cancellationToken) is { } document)
            {
                documents.Add(document);
            }
        }

        return [.. documents.Zip(extractor.ExtractAll(documents))
            .Where(pair => pair.Second is not null)
            .Select(pair => new ExtractedDocument(pair.First.FileName, pair.Second!))];
    }

    // Writes every tenth in one bulk apply; when the store refuses it, writes them one by one, leaving out a tenth it
    // refuses again. Returns how many documents it loaded.
    private async Task<int> ApplyAsync(IReadOnlyList<IReadOnlyList<ExtractedDocument>> tenths, CancellationToken cancellationToken)
    {
        IReadOnlyList<ExtractedDocument> all = [.. tenths.SelectMany(tenth => tenth)];
        if (await WriteAsync(all, cancellationToken) is not { } refused)
        {
            return all.Count;
        }

        LogOneWriteRefused(refused, all.Count);
        var loaded = 0;
        foreach (var tenth in tenths)
        {
            if (await WriteAsync(tenth, cancellationToken) is { } failure)
            {
                foreach (var document in tenth)
                {
                    LogFailed(failure, document.FileName);
                }
            }
            else
            {
                loaded += tenth.Count;
            }
        }

        return loaded;
    }

    // One bulk apply of the documents, each logged as loaded; or the store's refusal, with nothing logged.
    private async Task<Exception?> WriteAsync(IReadOnlyList<ExtractedDocument> documents, CancellationToken cancellationToken)
    {
        try
        {
            await store.ApplyAllAsync([.. documents.Select(document => document.Batch)], cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or InvalidOperationException)
        {
            return exception;
        }

        foreach (var document in documents)
        {
            LogLoaded(document.FileName, document.Batch.Nodes.Count, document.Batch.Relationships.Count);
        }

        return null;
    }

    private sealed record ExtractedDocument(string FileName, GraphBatch Batch);

    // A seed is read as it is. A kept document is verified (KeptDocumentVerifier: its checksum, then the rules of
    // ingestion) and must not repeat the text of a document read before it; one that fails is set aside, not loaded.
    // Null when the document is not to be loaded.
    private async Task<SourceDocument?> ReadAsync(
        string file, DateTimeOffset startedAt, List<SetAsideDocument> setAside, CancellationToken cancellationToken)
    {
        var fileName = Path.GetFileName(file);
        try
        {
            if (!IsKept(file))
            {
                return SourceDocumentFile.Read(file);
            }

            var verified = await verifier.VerifyAsync(fileName, cancellationToken);
            var failure = verified.Error;
            if (verified.Text is { } text)
            {
                var checksum = DocumentChecksum.OfText(text);
                if (contents.OtherHolder(checksum, fileName) is not { } first)
                {
                    contents.Record(fileName, checksum);
                    return new SourceDocument(fileName, text);
                }

                failure = new DuplicateDocumentError(fileName, first);
            }

            var quarantine = archive.SetAside(fileName, startedAt);
            setAside.Add(new SetAsideDocument(fileName, failure!, quarantine));
            LogSetAside(fileName, quarantine, failure!.Code, failure.Message);
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            LogFailed(exception, fileName);
            return null;
        }
    }

    private bool IsKept(string file) => Path.GetDirectoryName(file) == archive.Folder;

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Yield first: BackgroundService runs ExecuteAsync synchronously up to its first await, which would hold up
        // the host's start-up while the first document is extracted.
        await Task.Yield();
        while (true)
        {
            await WaitForStoreAsync(stoppingToken);
            try
            {
                readiness.MarkReady(await LoadAsync(stoppingToken));
                return;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A store that stopped answering part-way is waited for and the whole load run again, which is safe
                // because applying a document again changes nothing; a failure of a store that answers is not ours to
                // hide.
                if ((await storeProbe.CheckAsync(stoppingToken)).IsAvailable)
                {
                    throw;
                }

                LogStoreLostWhileLoading(exception);
            }
        }
    }

    // Loading into a store that does not answer would only spend the store's retry budget on every step and fail; a
    // problem is logged when it first appears or changes (a password fixed, Neo4j still starting), not on every try.
    private async Task WaitForStoreAsync(CancellationToken cancellationToken)
    {
        string? problem = null;
        while (await storeProbe.CheckAsync(cancellationToken) is { IsAvailable: false } status)
        {
            if (status.Description != problem)
            {
                problem = status.Description;
                LogStoreUnavailable(problem, StoreRecheckInterval.TotalSeconds);
            }

            await Task.Delay(StoreRecheckInterval, cancellationToken);
        }

        if (problem is not null)
        {
            LogStoreAvailable();
        }
    }

    // Each document at Debug: the start-up log is a summary (Logging__LogLevel__KnowledgeGraph=Debug shows these).
    [LoggerMessage(Level = LogLevel.Debug, Message = "Loaded {FileName}: {Nodes} nodes, {Relationships} relationships")]
    private partial void LogLoaded(string fileName, int nodes, int relationships);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The store refused the {Count} documents in one write; writing them a tenth at a time")]
    private partial void LogOneWriteRefused(Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Read {Read} of {Total} documents")]
    private partial void LogProgress(int read, int total);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not load {FileName}; it is left out of the graph")]
    private partial void LogFailed(Exception exception, string fileName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Set aside {FileName} in {Quarantine}, not loaded: {Code}: {Reason} The other documents load; /readyz names it until the next start")]
    private partial void LogSetAside(string fileName, string quarantine, string code, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Problem} The documents load once it answers, and /readyz fails until then; asking again every {Seconds} s")]
    private partial void LogStoreUnavailable(string problem, double seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "The store stopped answering while the documents loaded; they load again once it answers")]
    private partial void LogStoreLostWhileLoading(Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "The store answers now; loading the documents")]
    private partial void LogStoreAvailable();

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {Count} documents: {Seeds} seeds from {Folder}, {Kept} kept documents from {DataDir}")]
    private partial void LogCorpusLoaded(int count, int seeds, string folder, int kept, string dataDir);
}
