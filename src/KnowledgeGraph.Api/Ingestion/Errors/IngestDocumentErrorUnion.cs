using GraphQL.Types;

namespace KnowledgeGraph.Api.Ingestion.Errors;

/// <summary>The errors <c>ingestDocument</c> may answer, as a union of concrete types (HotChocolate's mutation convention).</summary>
public sealed class IngestDocumentErrorUnion : UnionGraphType
{
    /// <summary>Lists the error types.</summary>
    public IngestDocumentErrorUnion()
    {
        Name = "IngestDocumentError";
        Description = "Why `ingestDocument` rejected a document. Every member implements `Error` (`message`, `code`).";
        Type<EmptyDocumentErrorType>();
        Type<DocumentTooLargeErrorType>();
        Type<InvalidFileNameErrorType>();
        Type<BinaryContentErrorType>();
        Type<DuplicateDocumentErrorType>();
        Type<ExtractionFailedErrorType>();
        Type<StorageFailedErrorType>();
    }
}
