using System.Globalization;
using System.Text;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// A corpus <c>copies</c> times the seeds: each seed document once per copy, renamed <c>copy007_&lt;seed&gt;.txt</c> so
/// that every copy is a document of its own (its own measures, plans and articles) while the units, regions and
/// programs it names are the seeds' — the hubs grow with the corpus, as they would with more real documents.
/// </summary>
internal static class ScaledCorpus
{
    /// <summary>The documents, in file-name order (as the corpus loader applies them).</summary>
    public static IReadOnlyList<SourceDocument> Documents(int copies)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(copies);
        var seeds = SourceDocumentFile.ReadDirectory(RepositoryPaths.SeedDocuments);
        return
        [
            .. Enumerable.Range(0, copies)
                .SelectMany(copy => seeds.Select(seed => new SourceDocument(FileName(copy, seed.FileName), seed.Text)))
                .OrderBy(document => document.FileName, StringComparer.Ordinal),
        ];
    }

    /// <summary>The id of copy <paramref name="copy"/> of a seed document, as the graph names it.</summary>
    public static string DocumentId(int copy, string seedFileName) =>
        Domain.Graph.NodeIds.Document(FileName(copy, seedFileName));

    /// <summary>Writes the corpus into <paramref name="folder"/> (created if need be) as UTF-8 <c>*.txt</c> files.</summary>
    public static void Write(int copies, string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var document in Documents(copies))
        {
            File.WriteAllText(Path.Combine(folder, document.FileName), document.Text, Encoding.UTF8);
        }
    }

    private static string FileName(int copy, string seedFileName) =>
        string.Create(CultureInfo.InvariantCulture, $"copy{copy:D3}_{seedFileName}");
}
