using System.Globalization;
using System.Text;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Extraction.Normalization;
using Xunit.Abstractions;

namespace KnowledgeGraph.Extraction.Tests.Evaluation;

/// <summary>
/// Precision and recall per entity kind against the hand-checked expected results, printed as a table. The
/// thresholds are what the extractor reaches today; they are raised as it improves, never lowered to pass.
/// </summary>
public sealed class EvaluationTests(ITestOutputHelper output)
{
    private static readonly Dictionary<EntityKind, (double Precision, double Recall)> Thresholds = new()
    {
        [EntityKind.Region] = (0.95, 0.95),
        [EntityKind.Article] = (1.0, 1.0),
        [EntityKind.School] = (0.9, 0.9),
        [EntityKind.Program] = (0.95, 0.9),
        [EntityKind.FundingLine] = (1.0, 1.0),
        [EntityKind.Person] = (0.95, 0.85),
        [EntityKind.TeacherStudio] = (1.0, 1.0),
    };

    [Fact]
    public void Precision_and_recall_per_kind_reach_their_thresholds()
    {
        var scores = new Dictionary<EntityKind, Score>();
        var misses = new StringBuilder();
        var corpus = EvaluationCorpus.Load().ToList();

        // A kind that any file lists is scored in every document: a document that lists none of it expects none.
        var kinds = corpus.SelectMany(document => document.Expected.Select(e => e.Kind)).Distinct().ToList();
        foreach (var (document, expected) in corpus)
        {
            var context = ExtractionPipeline.Default.Run(document);
            foreach (var kind in kinds)
            {
                var wanted = expected.Where(e => e.Kind == kind).Select(e => e.Name).ToList();
                var found = Extracted(context, kind);
                var matched = wanted.Where(w => found.Any(f => Matches(kind, f, w))).ToList();
                var spurious = found.Where(f => !wanted.Any(w => Matches(kind, f, w))).ToList();
                var score = scores.TryGetValue(kind, out var known) ? known : new Score(0, 0, 0);
                scores[kind] = new Score(score.Correct + matched.Count, score.Spurious + spurious.Count, score.Missed + wanted.Count - matched.Count);
                foreach (var missed in wanted.Except(matched))
                {
                    misses.AppendLine(CultureInfo.InvariantCulture, $"  missed   {document.FileName} {kind} {missed}");
                }

                foreach (var extra in spurious)
                {
                    misses.AppendLine(CultureInfo.InvariantCulture, $"  spurious {document.FileName} {kind} {Short(extra)}");
                }
            }
        }

        output.WriteLine("kind         correct  spurious  missed  precision  recall");
        foreach (var (kind, score) in scores.OrderBy(s => s.Key))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{kind,-12} {score.Correct,7}  {score.Spurious,8}  {score.Missed,6}  {score.Precision,9:0.000}  {score.Recall,6:0.000}"));
        }

        output.WriteLine(misses.ToString());
        Assert.Equal(Thresholds.Keys.Order(), scores.Keys.Order());
        Assert.All(Thresholds, threshold =>
        {
            var score = scores[threshold.Key];
            Assert.True(score.Precision >= threshold.Value.Precision, $"{threshold.Key} precision {score.Precision:0.000}");
            Assert.True(score.Recall >= threshold.Value.Recall, $"{threshold.Key} recall {score.Recall:0.000}");
        });
    }

    // Entities the document mentions; articles by their text, which the expected opening must start.
    private static List<string> Extracted(ExtractionContext context, EntityKind kind) =>
        kind == EntityKind.Article
            ? [.. context.Entities[kind].All.Select(a => ChineseText.RemoveWhitespace((string)a.Properties[PropertyNames.Text]!))]
            : [.. context.Entities[kind].All.Where(e => e.Mentions.Count > 0).Select(e => e.Name)];

    private static bool Matches(EntityKind kind, string found, string wanted) =>
        kind == EntityKind.Article
            ? found.StartsWith(ChineseText.RemoveWhitespace(wanted), StringComparison.Ordinal)
            : ChineseText.RemoveWhitespace(found) == ChineseText.RemoveWhitespace(wanted);

    private static string Short(string text) => text.Length > 24 ? text[..24] + "…" : text;

    private sealed record Score(int Correct, int Spurious, int Missed)
    {
        public double Precision => Correct + Spurious == 0 ? 1 : (double)Correct / (Correct + Spurious);

        public double Recall => Correct + Missed == 0 ? 1 : (double)Correct / (Correct + Missed);
    }
}
