using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Storage;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Ingestion.Extracting;

/// <summary>
/// Extracts documents for start-up and ingestion alike: many at once on the processors
/// (<see cref="IngestionOptions.ExtractionParallelism"/>), each batch validated as every store expects, and returned in
/// the documents' order, so that the store applies them as a serial run would and the graph is the same. The default
/// pipeline's batches are kept in the <see cref="ExtractionCache"/> and read from it when the same document comes again;
/// another pipeline (a test's, with a recogniser of its own) has no version to key them by and always extracts.
/// </summary>
public sealed partial class DocumentExtractor(
    ExtractionPipeline pipeline,
    ExtractionCache cache,
    IOptions<IngestionOptions> options,
    ILogger<DocumentExtractor> logger)
{
    private readonly bool _cached = ReferenceEquals(pipeline, ExtractionPipeline.Default);

    /// <summary>The batch of each document, in their order; null for a document whose extraction failed (logged).</summary>
    public IReadOnlyList<GraphBatch?> ExtractAll(IReadOnlyList<SourceDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var batches = new GraphBatch?[documents.Count];
        var parallelism = options.Value.ExtractionParallelism is > 0 and var limit ? limit : Environment.ProcessorCount;
        Parallel.For(0, documents.Count, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, index =>
            batches[index] = Extract(documents[index]));
        return batches;
    }

    /// <summary>Deletes the cached batches of documents not extracted since start-up (<see cref="ExtractionCache.DeleteUnused"/>).</summary>
    public void DeleteUnusedBatches()
    {
        if (_cached)
        {
            cache.DeleteUnused();
        }
    }

    // Extraction is a pure function, but any bug in a recogniser must fail this document, not the service.
    private GraphBatch? Extract(SourceDocument document)
    {
        if (_cached && cache.Find(document) is { } kept)
        {
            return kept;
        }

        try
        {
            var batch = pipeline.Extract(document);
            GraphBatchValidator.EnsureValid(batch);
            if (_cached)
            {
                cache.Keep(document, batch);
            }

            return batch;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            LogExtractionFailed(exception, document.FileName);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Extraction failed on {FileName}; the document is left out of the graph")]
    private partial void LogExtractionFailed(Exception exception, string fileName);
}
