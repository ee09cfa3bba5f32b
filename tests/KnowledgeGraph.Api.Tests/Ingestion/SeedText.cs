using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Api.Tests.Ingestion;

/// <summary>Real document text to ingest, and what extraction makes of it, so tests compare with computed answers.</summary>
internal static class SeedText
{
    public const string LiangshanFileName = "004_e24c27e5441453ca.txt";

    /// <summary>The file names of the seed documents, in order.</summary>
    public static IReadOnlyList<string> SeedFileNames { get; } =
        [.. Directory.EnumerateFiles(RepositoryPaths.SeedDocuments, "*.txt").Select(file => Path.GetFileName(file)).Order(StringComparer.Ordinal)];

    /// <summary>The Liangshan notice: 8 plans of numbered measures with responsible units.</summary>
    public static string Liangshan { get; } = File.ReadAllText(Path.Combine(RepositoryPaths.SeedDocuments, LiangshanFileName));

    /// <summary>The notice cut after its first half: a revision with fewer plans and measures.</summary>
    public static string LiangshanFirstHalf { get; } = string.Join('\n', Liangshan.Split('\n').Take(Liangshan.Split('\n').Length / 2));

    /// <summary>
    /// <paramref name="text"/> with a last line naming <paramref name="copy"/>: a document of its own, for tests that ingest
    /// real text under several names, since the same text under a second name is refused as a duplicate.
    /// </summary>
    public static string CopyNamed(string text, string copy) => $"{text}\n（{copy}）\n";

    public static GraphBatch Extract(string fileName, string text) => ExtractionPipeline.Default.Extract(new SourceDocument(fileName, text));

    public static int Count(this GraphBatch batch, string label) => batch.Nodes.Count(node => node.Label == label);
}
