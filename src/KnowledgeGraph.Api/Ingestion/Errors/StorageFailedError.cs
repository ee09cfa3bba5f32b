namespace KnowledgeGraph.Api.Ingestion.Errors;

/// <summary>Keeping the document in the data directory or applying it to the store failed; both were rolled back.</summary>
public sealed record StorageFailedError()
    : IngestionError("The document could not be kept or stored; nothing was changed. The service log has the details.")
{
    /// <inheritdoc />
    public override string Code => "STORAGE_FAILED";
}
