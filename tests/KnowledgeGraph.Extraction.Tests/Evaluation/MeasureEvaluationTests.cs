using System.Text;
using Xunit.Abstractions;

namespace KnowledgeGraph.Extraction.Tests.Evaluation;

/// <summary>
/// Precision and recall of plans and measures per document against the hand-checked <c>Measures/&lt;document&gt;.txt</c>
/// (plans written as <c>plan &lt;title&gt;</c>, each followed by its measure keys), with every miss printed.
/// </summary>
public sealed class MeasureEvaluationTests(ITestOutputHelper output)
{
    // What the extractor reaches per document (plans, measures); raised as it improves, never lowered to pass.
    private static readonly Dictionary<string, ((double Precision, double Recall) Plans, (double Precision, double Recall) Measures)> Thresholds = new(StringComparer.Ordinal)
    {
        ["dev4-hubei-action-plans.txt"] = ((1.0, 1.0), (1.0, 1.0)),
        ["dev4-nanchong-task-table.txt"] = ((1.0, 1.0), (1.0, 1.0)),
        ["dev4-yibin-work-plan.txt"] = ((1.0, 1.0), (1.0, 1.0)),
        ["dev6-aksu-prefecture-work-plan.txt"] = ((1.0, 1.0), (1.0, 1.0)),
        ["dev6-dali-prefecture-opinion.txt"] = ((1.0, 1.0), (1.0, 1.0)),
        ["dev6-guangxi-preschool-action-plan.txt"] = ((1.0, 1.0), (1.0, 1.0)),
        ["dev6-kaihua-county-task-table.txt"] = ((1.0, 1.0), (1.0, 1.0)),
        ["dev6-nanyang-city-bureau-notice.txt"] = ((1.0, 1.0), (1.0, 1.0)),
        ["dev6-wujin-district-action-plan.txt"] = ((1.0, 1.0), (1.0, 1.0)),
        ["dev6-xinganmeng-work-points.txt"] = ((1.0, 1.0), (1.0, 1.0)),
    };

    [Fact]
    public void Plans_and_measures_reach_their_thresholds()
    {
        var report = new StringBuilder();
        var scores = new Dictionary<string, (Score Plans, Score Measures)>(StringComparer.Ordinal);
        foreach (var (name, measuresFile, extracted) in EvaluationCorpus.Annotated("Measures"))
        {
            var plans = Score.Compare(MeasureLinks.ReadPlans(measuresFile), MeasureLinks.ExtractedPlans(extracted), string.Equals);
            var measures = Score.Compare(MeasureLinks.ReadMeasures(measuresFile), MeasureLinks.ExtractedMeasures(extracted), string.Equals);
            scores[name] = (plans.Score, measures.Score);
            report.AppendLine(name);
            foreach (var (metric, comparison) in new[] { ("plans", plans), ("measures", measures) })
            {
                comparison.AppendTo(report, metric, "  ");
            }
        }

        output.WriteLine(report.ToString());
        Assert.Equal(Thresholds.Keys.Order(StringComparer.Ordinal), scores.Keys.Order(StringComparer.Ordinal));
        Assert.All(Thresholds, threshold =>
        {
            var (plans, measures) = scores[threshold.Key];
            plans.AssertReaches(threshold.Value.Plans, $"{threshold.Key} plan");
            measures.AssertReaches(threshold.Value.Measures, $"{threshold.Key} measure");
        });
    }
}
