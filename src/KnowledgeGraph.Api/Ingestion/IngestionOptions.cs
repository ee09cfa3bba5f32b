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
    /// dozen such notices in one file. Memory is what the limit guards: the graph of a document takes about ten times
    /// its UTF-8 size and extraction allocates about sixty-five times it on the way (bench/RESULTS.md), so at 2 MiB a
    /// document costs about a second and 20 MB of graph, and a few ingested at once stay far below the gigabyte that
    /// three documents at the old default of 10 MB reached.
    /// </remarks>
    public long MaxDocumentBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>How many documents are extracted at once at start-up and by <c>ingest</c>; 0 (the default) for one per processor.</summary>
    /// <remarks>Lower it to leave processors to other work while a large corpus loads; each document extracted at once holds its graph under construction.</remarks>
    public int ExtractionParallelism { get; set; }
}
