namespace KnowledgeGraph.Api.Ingestion.Errors;

/// <summary>Why a document was not ingested. Nothing of a rejected document is visible or kept.</summary>
/// <param name="Message">What went wrong and what to do about it, for people.</param>
public abstract record IngestionError(string Message)
{
    /// <summary>Machine-readable code, such as <c>EMPTY_DOCUMENT</c>.</summary>
    public abstract string Code { get; }
}
