namespace KnowledgeGraph.Api.Ingestion.Errors;

/// <summary>
/// The text is exactly that of a document already served under another file name; ingesting it would count every fact
/// of that document twice.
/// </summary>
/// <param name="FileName">The file name given for the text.</param>
/// <param name="FirstFileName">The document that already holds the text.</param>
public sealed record DuplicateDocumentError(string FileName, string FirstFileName)
    : IngestionError($"'{FileName}' has exactly the text of '{FirstFileName}', which is already in the graph; a second copy would count its facts twice. Ingest it as '{FirstFileName}' to revise that document.")
{
    /// <inheritdoc />
    public override string Code => "DUPLICATE_DOCUMENT";
}
