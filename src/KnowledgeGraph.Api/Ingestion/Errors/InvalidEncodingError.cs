namespace KnowledgeGraph.Api.Ingestion.Errors;

/// <summary>A file is neither UTF-8 nor GB18030/GBK Chinese text (only files are decoded; GraphQL strings are text already).</summary>
public sealed record InvalidEncodingError()
    : IngestionError("The file is neither valid UTF-8 nor Chinese text in GB18030/GBK; save it as UTF-8 and ingest it again.")
{
    /// <inheritdoc />
    public override string Code => "INVALID_ENCODING";
}
