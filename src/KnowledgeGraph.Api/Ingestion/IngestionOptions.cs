namespace KnowledgeGraph.Api.Ingestion;

/// <summary>Limits on ingested documents (configuration section <c>KnowledgeGraph:Ingestion</c>).</summary>
public sealed class IngestionOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "KnowledgeGraph:Ingestion";

    /// <summary>Largest document accepted, in bytes of UTF-8 (and, for files, bytes on disk); 10 MB by default.</summary>
    public long MaxDocumentBytes { get; set; } = 10 * 1024 * 1024;
}
