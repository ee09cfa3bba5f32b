using System.Globalization;
using System.Text;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// A corpus of documents larger than the seeds (about 32 KB on average): document <c>n</c> is the seed documents
/// written one after the other, starting at seed <c>n mod 5</c> and going round, with their plan titles numbered
/// <c>第n册</c> (<see cref="NumberedSeeds"/>), cut at the last line break before the requested size. From 80 KB
/// on, every document so holds at least the Liangshan notice's first plan, numbered as its own, and so a text of its
/// own, as ingestion requires; smaller sizes can repeat a text, which the generator refuses. Named
/// <c>doc0001_from_&lt;first seed&gt;</c>.
/// </summary>
internal static class CompositeCorpus
{
    /// <summary>Writes <paramref name="count"/> documents of about <paramref name="kilobytes"/> KB of UTF-8 each into <paramref name="folder"/>.</summary>
    public static void Write(int count, int kilobytes, string folder)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(kilobytes);
        var seeds = SourceDocumentFile.ReadDirectory(RepositoryPaths.SeedDocuments);
        Directory.CreateDirectory(folder);
        var texts = new HashSet<string>(StringComparer.Ordinal);
        for (var number = 1; number <= count; number++)
        {
            var first = (number - 1) % seeds.Count;
            var text = Compose(seeds, first, number, kilobytes * 1024);
            if (!texts.Add(text))
            {
                throw new InvalidOperationException(
                    $"Document {number} repeats an earlier document's text, which ingestion would refuse: below 80 KB a document may hold no plan of its own; ask for larger documents.");
            }

            var fileName = string.Create(CultureInfo.InvariantCulture, $"doc{number:D4}_from_{seeds[first].FileName}");
            File.WriteAllText(Path.Combine(folder, fileName), text, Encoding.UTF8);
        }
    }

    private static string Compose(IReadOnlyList<SourceDocument> seeds, int first, int number, int maxBytes)
    {
        var text = new StringBuilder();
        for (var seed = first; Encoding.UTF8.GetByteCount(text.ToString()) <= maxBytes; seed = (seed + 1) % seeds.Count)
        {
            text.Append(NumberedSeeds.NumberPlans(seeds[seed].Text, number)).Append('\n');
        }

        // A line break is one byte in UTF-8, so cutting the bytes there never splits a character.
        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        var end = Array.LastIndexOf(bytes, (byte)'\n', maxBytes - 1);
        return Encoding.UTF8.GetString(bytes, 0, end + 1);
    }
}
