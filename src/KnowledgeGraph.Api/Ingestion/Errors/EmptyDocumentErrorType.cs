namespace KnowledgeGraph.Api.Ingestion.Errors;

/// <summary>GraphQL type of <see cref="EmptyDocumentError"/>.</summary>
public sealed class EmptyDocumentErrorType() : ErrorGraphType<EmptyDocumentError>("`EMPTY_DOCUMENT`: the text is empty, or only white space, zero-width characters and byte order marks.");
