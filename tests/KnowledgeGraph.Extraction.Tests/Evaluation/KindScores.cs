using System.Globalization;
using System.Text;
using KnowledgeGraph.Domain.Entities;

namespace KnowledgeGraph.Extraction.Tests.Evaluation;

/// <summary>
/// A corpus scored per entity kind, with every miss and spurious finding by name, printed as a table. A kind that any
/// file lists is scored in every document: a document that lists none of it expects none.
/// </summary>
internal sealed class KindScores
{
    private readonly StringBuilder misses = new();

    private KindScores(IReadOnlyList<(SourceDocument Document, IReadOnlyList<(EntityKind Kind, string Name)> Expected)> corpus)
    {
        var kinds = corpus.SelectMany(document => document.Expected.Select(e => e.Kind)).Distinct().ToList();
        foreach (var (document, expected) in corpus)
        {
            var context = ExtractionPipeline.Default.Run(document);
            foreach (var kind in kinds)
            {
                var comparison = EntityScoring.Compare(context, kind, [.. expected.Where(e => e.Kind == kind).Select(e => e.Name)]);
                Scores[kind] = (Scores.TryGetValue(kind, out var known) ? known : Score.Zero).Plus(comparison.Score);
                ByDocument.TryAdd(document.FileName, []);
                ByDocument[document.FileName][kind] = comparison.Score;
                foreach (var missed in comparison.Missed)
                {
                    misses.AppendLine(CultureInfo.InvariantCulture, $"  missed   {document.FileName} {kind} {missed}");
                }

                foreach (var extra in comparison.Spurious)
                {
                    misses.AppendLine(CultureInfo.InvariantCulture, $"  spurious {document.FileName} {kind} {EntityScoring.Short(extra)}");
                }
            }
        }
    }

    /// <summary>The score of each kind over the corpus.</summary>
    public Dictionary<EntityKind, Score> Scores { get; } = [];

    /// <summary>The score of each kind in each document, by the document's file name.</summary>
    public Dictionary<string, Dictionary<EntityKind, Score>> ByDocument { get; } = new(StringComparer.Ordinal);

    /// <summary>Scores every document of a corpus folder.</summary>
    public static KindScores Of(string folder) => new([.. EvaluationCorpus.Load(folder)]);

    /// <summary>The table of scores, then every miss and spurious finding.</summary>
    public string Report()
    {
        var report = new StringBuilder("kind         correct  spurious  missed  precision  recall\n");
        foreach (var (kind, score) in Scores.OrderBy(s => s.Key))
        {
            report.AppendLine(CultureInfo.InvariantCulture,
                $"{kind,-12} {score.Correct,7}  {score.Spurious,8}  {score.Missed,6}  {score.Precision,9:0.000}  {score.Recall,6:0.000}");
        }

        return report.Append(misses).ToString();
    }

    /// <summary>Asserts that every kind reaches its thresholds and that exactly the thresholded kinds were scored.</summary>
    public void AssertReach(IReadOnlyDictionary<EntityKind, (double Precision, double Recall)> thresholds)
    {
        Assert.Equal(thresholds.Keys.Order(), Scores.Keys.Order());
        Assert.All(thresholds, threshold =>
        {
            var score = Scores[threshold.Key];
            Assert.True(score.Precision >= threshold.Value.Precision, $"{threshold.Key} precision {score.Precision:0.000}");
            Assert.True(score.Recall >= threshold.Value.Recall, $"{threshold.Key} recall {score.Recall:0.000}");
        });
    }
}
