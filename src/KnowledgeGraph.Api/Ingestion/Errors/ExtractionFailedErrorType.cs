namespace KnowledgeGraph.Api.Ingestion.Errors;

/// <summary>GraphQL type of <see cref="ExtractionFailedError"/>.</summary>
public sealed class ExtractionFailedErrorType() : ErrorGraphType<ExtractionFailedError>("`EXTRACTION_FAILED`: extraction broke on this document; the service log has the details.");
