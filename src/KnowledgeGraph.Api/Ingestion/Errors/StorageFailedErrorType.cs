namespace KnowledgeGraph.Api.Ingestion.Errors;

/// <summary>GraphQL type of <see cref="StorageFailedError"/>.</summary>
public sealed class StorageFailedErrorType() : ErrorGraphType<StorageFailedError>("`STORAGE_FAILED`: keeping or storing the document failed and was rolled back.");
