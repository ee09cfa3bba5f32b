using KnowledgeGraph.Domain.Entities;

namespace KnowledgeGraph.Extraction.Tests.Evaluation;

/// <summary>
/// The documents the extractor is scored on: the five seeds and the documents written for the evaluation (one per
/// genre, with names the seeds do not use), each with a hand-checked <c>Expected/&lt;name&gt;.txt</c> of
/// <c>Kind name</c> lines (an Article by the opening of its text). A round kept apart from this corpus (the sealed
/// round in <see cref="SealedFolder"/>) has the same layout in its own folder.
/// </summary>
public static class EvaluationCorpus
{
    /// <summary>The corpus the extractor is developed against.</summary>
    public static string MainFolder { get; } = "Evaluation";

    /// <summary>
    /// Documents held each to its own floors per kind (issue 12's entity round, dev7): written blind and annotated before
    /// the extractor ran on them, to be tuned to, but scored apart so that the corpus-wide thresholds stay those of the
    /// main corpus.
    /// </summary>
    public static string PerDocumentFolder { get; } = Path.Combine("Evaluation", "PerDocument");

    /// <summary>The sealed round: written blind, scored apart, never tuned to.</summary>
    public static string SealedFolder { get; } = Path.Combine("Evaluation", "Sealed");

    /// <summary>Where a corpus folder is in the test output.</summary>
    public static string Directory(string folder) => Path.Combine(AppContext.BaseDirectory, folder);

    /// <summary>Every expected-results file of the main corpus with its document.</summary>
    public static IEnumerable<(SourceDocument Document, IReadOnlyList<(EntityKind Kind, string Name)> Expected)> Load() =>
        Load(MainFolder);

    /// <summary>Every expected-results file of a corpus folder with its document.</summary>
    public static IEnumerable<(SourceDocument Document, IReadOnlyList<(EntityKind Kind, string Name)> Expected)> Load(string folder)
    {
        foreach (var expectedFile in System.IO.Directory.EnumerateFiles(Path.Combine(Directory(folder), "Expected"), "*.txt").Order(StringComparer.Ordinal))
        {
            yield return (SourceDocumentFile.Read(DocumentPath(folder, Path.GetFileName(expectedFile))), ReadExpected(expectedFile));
        }
    }

    /// <summary>
    /// Every annotation file of the main corpus in <paramref name="annotations"/> (Links, Measures, Units: one file per
    /// document, named as it), in name order, with what the extractor reads in its document.
    /// </summary>
    public static IEnumerable<(string Name, string AnnotationFile, ExtractionContext Extracted)> Annotated(string annotations)
    {
        foreach (var file in System.IO.Directory.EnumerateFiles(Path.Combine(Directory(MainFolder), annotations), "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            yield return (name, file, ExtractionPipeline.Default.Run(SourceDocumentFile.Read(DocumentPath(MainFolder, name))));
        }
    }

    /// <summary>A document of a corpus folder: written for the evaluation, else a seed of the same name.</summary>
    public static string DocumentPath(string folder, string name)
    {
        var written = Path.Combine(Directory(folder), "Documents", name);
        return File.Exists(written) ? written : Path.Combine(RepositoryPaths.SeedDocuments, name);
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
