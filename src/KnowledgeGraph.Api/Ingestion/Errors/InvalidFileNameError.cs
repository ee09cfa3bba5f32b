namespace KnowledgeGraph.Api.Ingestion.Errors;

/// <summary>The file name cannot name a document: it is the document's identity and the name it is kept under.</summary>
/// <param name="FileName">The file name as given.</param>
/// <param name="Reason">What is wrong with it.</param>
public sealed record InvalidFileNameError(string FileName, string Reason)
    : IngestionError($"'{FileName}' is not a valid document file name: {Reason}.")
{
    /// <inheritdoc />
    public override string Code => "INVALID_FILE_NAME";
}
