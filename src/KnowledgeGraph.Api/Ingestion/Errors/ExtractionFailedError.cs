namespace KnowledgeGraph.Api.Ingestion.Errors;

/// <summary>Extraction threw or produced an inconsistent batch; the details are in the service's log.</summary>
public sealed record ExtractionFailedError()
    : IngestionError("Extraction failed on this document; nothing was changed. The service log has the details.")
{
    /// <inheritdoc />
    public override string Code => "EXTRACTION_FAILED";
}
