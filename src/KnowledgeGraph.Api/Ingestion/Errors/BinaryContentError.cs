namespace KnowledgeGraph.Api.Ingestion.Errors;

/// <summary>The text holds a NUL or another control character that plain text does not have.</summary>
/// <param name="Offset">Character offset of the first such character.</param>
public sealed record BinaryContentError(int Offset)
    : IngestionError($"The document holds a control character at offset {Offset}: it looks like binary content, not plain text (UTF-16 files must be saved as UTF-8).")
{
    /// <inheritdoc />
    public override string Code => "BINARY_CONTENT";
}
