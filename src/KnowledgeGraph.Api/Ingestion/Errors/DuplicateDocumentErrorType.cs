namespace KnowledgeGraph.Api.Ingestion.Errors;

/// <summary>GraphQL type of <see cref="DuplicateDocumentError"/>.</summary>
public sealed class DuplicateDocumentErrorType : ErrorGraphType<DuplicateDocumentError>
{
    /// <summary>Declares both file names.</summary>
    public DuplicateDocumentErrorType()
        : base("`DUPLICATE_DOCUMENT`: the text is exactly that of a document already in the graph under another file name.")
    {
        Field(error => error.FileName).Description("The file name given for the text.");
        Field(error => error.FirstFileName).Description("The file name of the document that already holds the text.");
    }
}
