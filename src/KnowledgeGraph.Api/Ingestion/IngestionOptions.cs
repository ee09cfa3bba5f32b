namespace KnowledgeGraph.Api.Ingestion;

/// <summary>Limits on ingested documents (configuration section <c>KnowledgeGraph:Ingestion</c>).</summary>
public sealed class IngestionOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "KnowledgeGraph:Ingestion";

    /// <summary>Largest document accepted, in bytes of UTF-8 (and, for files, bytes on disk); 2 MiB by default.</summary>
    /// <remarks>
    /// Chinese text takes three bytes a character. A plan (实施方案) runs to 10–60 KB, and the largest seed document, a
    /// notice that carries eight plans with 100 measures, to 86 KB; 2 MiB (about 700,000 characters) still holds two
    /// dozen such notices in one file. Memory is what the limit guards: extraction holds about ten times the UTF-8 size
    /// while it runs (its graph and evidence included, see bench/RESULTS.md), so a few documents at the limit ingested at
    /// once stay far below the memory that three 10 MB documents, the old default, took.
    /// </remarks>
    public long MaxDocumentBytes { get; set; } = 2 * 1024 * 1024;
}
