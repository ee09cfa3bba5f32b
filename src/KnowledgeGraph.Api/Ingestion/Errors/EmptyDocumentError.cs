namespace KnowledgeGraph.Api.Ingestion.Errors;

/// <summary>The text is empty, or only white space, zero-width characters and byte order marks.</summary>
public sealed record EmptyDocumentError() : IngestionError("The document has no text.")
{
    /// <inheritdoc />
    public override string Code => "EMPTY_DOCUMENT";
}
