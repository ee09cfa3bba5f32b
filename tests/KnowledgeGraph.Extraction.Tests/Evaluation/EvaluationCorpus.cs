using KnowledgeGraph.Domain.Entities;

namespace KnowledgeGraph.Extraction.Tests.Evaluation;

/// <summary>
/// The documents the extractor is scored on: the five seeds and the documents written for the evaluation (one per
/// genre, with names the seeds do not use), each with a hand-checked <c>Expected/&lt;name&gt;.txt</c> of
/// <c>Kind name</c> lines (an Article by the opening of its text).
/// </summary>
public static class EvaluationCorpus
{
    private static string Directory => Path.Combine(AppContext.BaseDirectory, "Evaluation");

    /// <summary>Every expected-results file with its document.</summary>
    public static IEnumerable<(SourceDocument Document, IReadOnlyList<(EntityKind Kind, string Name)> Expected)> Load()
    {
        foreach (var expectedFile in System.IO.Directory.EnumerateFiles(Path.Combine(Directory, "Expected"), "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(expectedFile);
            var written = Path.Combine(Directory, "Documents", name);
            var path = File.Exists(written) ? written : Path.Combine(RepositoryPaths.SeedDocuments, name);
            yield return (SourceDocumentFile.Read(path), ReadExpected(expectedFile));
        }
    }

    private static List<(EntityKind Kind, string Name)> ReadExpected(string file) =>
        [.. File.ReadAllLines(file)
            .Where(line => line.Length > 0 && line[0] != '#')
            .Select(line =>
            {
                var space = line.IndexOf(' ', StringComparison.Ordinal);
                return (Enum.Parse<EntityKind>(line[..space]), line[(space + 1)..].Trim());
            })];
}
