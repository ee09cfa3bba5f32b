namespace KnowledgeGraph.Api.Ingestion.Archive;

/// <summary>Where ingested documents are kept (configuration section <c>KnowledgeGraph</c>).</summary>
public sealed class DocumentArchiveOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "KnowledgeGraph";

    /// <summary>
    /// Folder that keeps every accepted document; relative paths are resolved against the current directory, like
    /// <c>DocumentsPath</c>. Created on the first ingest.
    /// </summary>
    public string DataDir { get; set; } = "data";
}
