namespace KnowledgeGraph.Api.Ingestion;

/// <summary>The argument of <c>ingestDocument</c>.</summary>
public sealed class IngestDocumentInput
{
    /// <summary>The document's file name, such as <c>005_liangshan.txt</c>: its identity, so a new version keeps it.</summary>
    public string FileName { get; set; } = "";

    /// <summary>The document's full text.</summary>
    public string Text { get; set; } = "";
}
