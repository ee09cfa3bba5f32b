namespace KnowledgeGraph.Api.Ingestion.Errors;

/// <summary>The document is larger than <see cref="IngestionOptions.MaxDocumentBytes"/>.</summary>
/// <param name="Bytes">The document's size in bytes.</param>
/// <param name="MaxBytes">The configured limit.</param>
public sealed record DocumentTooLargeError(long Bytes, long MaxBytes)
    : IngestionError($"The document has {Bytes} bytes; at most {MaxBytes} are accepted (KnowledgeGraph:Ingestion:MaxDocumentBytes).")
{
    /// <inheritdoc />
    public override string Code => "DOCUMENT_TOO_LARGE";
}
