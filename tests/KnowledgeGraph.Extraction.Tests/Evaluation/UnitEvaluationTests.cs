using System.Text;
using KnowledgeGraph.Domain.Entities;
using Xunit.Abstractions;

namespace KnowledgeGraph.Extraction.Tests.Evaluation;

/// <summary>
/// Precision and recall of units per document against the hand-checked <c>Units/&lt;document&gt;.txt</c> (one canonical
/// unit name per line), with every miss and spurious unit printed: for documents written to try how units are named,
/// scored apart from the whole-corpus table of <see cref="EvaluationTests"/> so that each keeps its own floor.
/// </summary>
public sealed class UnitEvaluationTests(ITestOutputHelper output)
{
    // What the extractor reaches per document; raised as it improves, never lowered to pass.
    private static readonly Dictionary<string, (double Precision, double Recall)> Thresholds = new(StringComparer.Ordinal)
    {
        ["dev5-chifeng-work-plan.txt"] = (1.0, 0.88),
        ["dev5-chongqing-jiulongpo-notice.txt"] = (1.0, 0.94),
        ["dev5-ganzhou-zhanggong-notice.txt"] = (1.0, 1.0),
        ["dev5-guangzhou-tianhe-plan.txt"] = (1.0, 1.0),
        ["dev5-tongliao-implementation.txt"] = (1.0, 0.87),
        ["dev6-aksu-prefecture-work-plan.txt"] = (0.93, 0.77),
        ["dev6-dali-prefecture-opinion.txt"] = (0.90, 0.90),
        ["dev6-guangxi-preschool-action-plan.txt"] = (0.40, 0.13),
        ["dev6-kaihua-county-task-table.txt"] = (0.52, 0.47),
        ["dev6-nanyang-city-bureau-notice.txt"] = (1.0, 0.87),
        ["dev6-wujin-district-action-plan.txt"] = (1.0, 0.94),
        ["dev6-xinganmeng-work-points.txt"] = (1.0, 0.70),
    };

    [Fact]
    public void Units_reach_their_thresholds()
    {
        var report = new StringBuilder();
        var scores = new Dictionary<string, Score>(StringComparer.Ordinal);
        foreach (var (name, unitFile, extracted) in EvaluationCorpus.Annotated("Units"))
        {
            var wanted = File.ReadAllLines(unitFile).Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#').ToList();
            var comparison = EntityScoring.Compare(extracted, EntityKind.Unit, wanted);
            scores[name] = comparison.Score;
            comparison.AppendTo(report, name);
        }

        output.WriteLine(report.ToString());
        Assert.Equal(Thresholds.Keys.Order(StringComparer.Ordinal), scores.Keys.Order(StringComparer.Ordinal));
        Assert.All(Thresholds, threshold => scores[threshold.Key].AssertReaches(threshold.Value, $"{threshold.Key} unit"));
    }
}
