namespace KnowledgeGraph.Api.Ingestion.Errors;

/// <summary>GraphQL type of <see cref="DocumentTooLargeError"/>.</summary>
public sealed class DocumentTooLargeErrorType : ErrorGraphType<DocumentTooLargeError>
{
    /// <summary>Declares the sizes.</summary>
    public DocumentTooLargeErrorType()
        : base("`DOCUMENT_TOO_LARGE`: the text is larger than the configured limit.")
    {
        Field(error => error.Bytes).Description("The text's size in bytes of UTF-8.");
        Field(error => error.MaxBytes).Description("The limit, `KnowledgeGraph:Ingestion:MaxDocumentBytes`.");
    }
}
