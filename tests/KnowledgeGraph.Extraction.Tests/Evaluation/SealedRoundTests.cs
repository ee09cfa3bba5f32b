using System.Globalization;
using System.Text;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Graph;
using Xunit.Abstractions;

namespace KnowledgeGraph.Extraction.Tests.Evaluation;

/// <summary>
/// The sealed rounds (issue 12; rounds 3, 4 and 5, told apart by their file-name prefix): plans of every form, from
/// several provinces, written blind in <c>Evaluation/Sealed</c> with their expected entities, plans, measures and links
/// committed before the extractor first ran on them. Scored apart from the main corpus, per round and per document,
/// with the same comparisons; each document is
/// held to its own floors, the scores of that first pass (docs/evaluation-sealed.md), so that none gets worse
/// unseen. The round is never tuned to: a floor is raised when the extractor improves for other reasons, never
/// lowered, and no document or expected line is changed to pass.
/// </summary>
public sealed class SealedRoundTests(ITestOutputHelper output)
{
    private const string Plans = "Plan";
    private const string Measures = "Measure";
    private const string AnyMeasure = "Links, any measure";

    // Per document, per metric, (precision, recall) rounded down. Round 3: the first pass of 2026-12-07, raised to the
    // scores of the plan-forms change the same day (docs/evaluation-sealed.md), which no document fell below.
    // A precision is null where the first pass found nothing: 1 by definition then, it would refuse the first finding
    // of a better extractor rather than guard a real score.
    private static readonly Dictionary<string, Dictionary<string, (double? Precision, double Recall)>> Floors = new(StringComparer.Ordinal)
    {
        ["sealed3-gansu-three-year-plan.txt"] = new(StringComparer.Ordinal)
        {
            ["Region"] = (1.000, 1.000),
            ["Unit"] = (0.833, 0.714),
            ["FundingLine"] = (1.000, 1.000),
            ["Target"] = (1.000, 1.000),
            ["Plan"] = (1.000, 1.000),
            ["Measure"] = (null, 0.000),
            ["LED_BY"] = (null, 0.000),
            ["CO_LED_BY"] = (null, 0.000),
            ["Links, any measure"] = (null, 0.000),
        },
        ["sealed3-hunan-implementation-opinions.txt"] = new(StringComparer.Ordinal)
        {
            ["Region"] = (1.000, 1.000),
            ["Unit"] = (1.000, 0.909),
            ["FundingLine"] = (1.000, 1.000),
            ["Target"] = (1.000, 1.000),
            ["Plan"] = (1.000, 1.000),
            ["Measure"] = (null, 0.000),
            ["LED_BY"] = (null, 0.000),
            ["CO_LED_BY"] = (null, 0.000),
            ["Links, any measure"] = (null, 0.000),
        },
        ["sealed3-jiange-work-points.txt"] = new(StringComparer.Ordinal)
        {
            ["Region"] = (1.000, 1.000),
            ["Unit"] = (1.000, 0.125),
            ["FundingLine"] = (1.000, 1.000),
            ["Target"] = (1.000, 1.000),
            ["Plan"] = (1.000, 1.000),
            ["Measure"] = (null, 0.000),
            ["LED_BY"] = (null, 0.000),
            ["CO_LED_BY"] = (null, 0.000),
            ["Links, any measure"] = (null, 0.000),
        },
        ["sealed3-qujing-task-division.txt"] = new(StringComparer.Ordinal)
        {
            ["Region"] = (1.000, 0.400),
            ["Unit"] = (1.000, 1.000),
            ["FundingLine"] = (1.000, 1.000),
            ["Target"] = (1.000, 1.000),
            ["Plan"] = (1.000, 1.000),
            ["Measure"] = (1.000, 1.000),
            ["LED_BY"] = (1.000, 0.714),
            ["CO_LED_BY"] = (1.000, 1.000),
            ["Links, any measure"] = (1.000, 0.909),
        },
        ["sealed3-tianshui-rules.txt"] = new(StringComparer.Ordinal)
        {
            ["Region"] = (1.000, 0.333),
            ["Unit"] = (1.000, 0.200),
            ["FundingLine"] = (null, 1.000),
            ["Target"] = (1.000, 1.000),
            ["Plan"] = (1.000, 1.000),
            ["Measure"] = (null, 0.000),
            ["LED_BY"] = (null, 0.000),
            ["CO_LED_BY"] = (null, 1.000),
            ["Links, any measure"] = (null, 0.000),
        },
        ["sealed3-yunnan-action-plan.txt"] = new(StringComparer.Ordinal)
        {
            ["Region"] = (1.000, 1.000),
            ["Unit"] = (0.923, 0.800),
            ["FundingLine"] = (1.000, 1.000),
            ["Target"] = (0.666, 1.000),
            ["Plan"] = (1.000, 1.000),
            ["Measure"] = (1.000, 1.000),
            ["LED_BY"] = (1.000, 0.714),
            ["CO_LED_BY"] = (1.000, 0.818),
            ["Links, any measure"] = (1.000, 0.800),
        },
        ["sealed3-zunyi-work-plan.txt"] = new(StringComparer.Ordinal)
        {
            ["Region"] = (1.000, 0.400),
            ["Unit"] = (1.000, 0.125),
            ["FundingLine"] = (1.000, 1.000),
            ["Target"] = (1.000, 1.000),
            ["Plan"] = (1.000, 1.000),
            ["Measure"] = (1.000, 1.000),
            ["LED_BY"] = (null, 0.000),
            ["CO_LED_BY"] = (null, 0.000),
            ["Links, any measure"] = (null, 0.000),
        },

        // Round 4: the first pass of 2026-12-07 (docs/evaluation-sealed.md, expected results committed at 60db6f1).
        ["sealed4-fuyang-two-plans.txt"] = new(StringComparer.Ordinal)
        {
            ["Region"] = (1.000, 1.000),
            ["School"] = (null, 1.000),
            ["Unit"] = (0.333, 0.285),
            ["Program"] = (null, 1.000),
            ["TeacherStudio"] = (null, 1.000),
            ["FundingLine"] = (1.000, 1.000),
            ["Target"] = (1.000, 1.000),
            ["Person"] = (null, 0.000),
            ["Plan"] = (1.000, 0.500),
            ["Measure"] = (1.000, 0.555),
            ["LED_BY"] = (0.000, 0.000),
            ["CO_LED_BY"] = (0.500, 0.166),
            ["Links, any measure"] = (0.166, 0.100),
        },
        ["sealed4-henan-action-plan.txt"] = new(StringComparer.Ordinal)
        {
            ["Region"] = (1.000, 1.000),
            ["School"] = (0.000, 1.000),
            ["Unit"] = (0.700, 0.636),
            ["Program"] = (1.000, 1.000),
            ["TeacherStudio"] = (0.000, 0.000),
            ["FundingLine"] = (1.000, 1.000),
            ["Target"] = (1.000, 1.000),
            ["Person"] = (null, 0.000),
            ["Plan"] = (null, 0.000),
            ["Measure"] = (null, 0.000),
            ["LED_BY"] = (null, 0.000),
            ["CO_LED_BY"] = (null, 0.000),
            ["Links, any measure"] = (null, 0.000),
        },
        ["sealed4-manas-implementation-plan.txt"] = new(StringComparer.Ordinal)
        {
            ["Region"] = (1.000, 0.666),
            ["School"] = (null, 0.000),
            ["Unit"] = (0.222, 0.181),
            ["Program"] = (1.000, 1.000),
            ["TeacherStudio"] = (0.000, 0.000),
            ["FundingLine"] = (1.000, 1.000),
            ["Target"] = (1.000, 1.000),
            ["Person"] = (1.000, 0.250),
            ["Plan"] = (1.000, 1.000),
            ["Measure"] = (1.000, 1.000),
            ["LED_BY"] = (0.000, 0.000),
            ["CO_LED_BY"] = (0.000, 0.000),
            ["Links, any measure"] = (0.000, 0.000),
        },
        ["sealed4-nanning-task-table.txt"] = new(StringComparer.Ordinal)
        {
            ["Region"] = (1.000, 1.000),
            ["School"] = (null, 1.000),
            ["Unit"] = (0.846, 0.647),
            ["Program"] = (null, 1.000),
            ["TeacherStudio"] = (null, 1.000),
            ["FundingLine"] = (null, 1.000),
            ["Target"] = (null, 1.000),
            ["Person"] = (null, 1.000),
            ["Plan"] = (null, 0.000),
            ["Measure"] = (null, 0.000),
            ["LED_BY"] = (null, 0.000),
            ["CO_LED_BY"] = (null, 0.000),
            ["Links, any measure"] = (null, 0.000),
        },
        ["sealed4-ordos-work-plan.txt"] = new(StringComparer.Ordinal)
        {
            ["Region"] = (1.000, 1.000),
            ["School"] = (0.500, 1.000),
            ["Unit"] = (1.000, 0.166),
            ["Program"] = (1.000, 1.000),
            ["TeacherStudio"] = (null, 1.000),
            ["FundingLine"] = (1.000, 1.000),
            ["Target"] = (1.000, 1.000),
            ["Person"] = (null, 1.000),
            ["Plan"] = (1.000, 1.000),
            ["Measure"] = (1.000, 1.000),
            ["LED_BY"] = (null, 0.000),
            ["CO_LED_BY"] = (null, 0.000),
            ["Links, any measure"] = (null, 0.000),
        },
        ["sealed4-weifang-implementation-opinions.txt"] = new(StringComparer.Ordinal)
        {
            ["Region"] = (1.000, 0.500),
            ["School"] = (1.000, 1.000),
            ["Unit"] = (0.846, 0.785),
            ["Program"] = (null, 1.000),
            ["TeacherStudio"] = (null, 1.000),
            ["FundingLine"] = (1.000, 1.000),
            ["Target"] = (1.000, 1.000),
            ["Person"] = (null, 1.000),
            ["Plan"] = (1.000, 1.000),
            ["Measure"] = (1.000, 1.000),
            ["LED_BY"] = (null, 0.000),
            ["CO_LED_BY"] = (null, 1.000),
            ["Links, any measure"] = (null, 0.000),
        },
        ["sealed4-yubei-measures.txt"] = new(StringComparer.Ordinal)
        {
            ["Region"] = (1.000, 0.500),
            ["School"] = (1.000, 0.500),
            ["Unit"] = (0.230, 0.187),
            ["Program"] = (1.000, 1.000),
            ["TeacherStudio"] = (0.000, 0.000),
            ["FundingLine"] = (1.000, 1.000),
            ["Target"] = (1.000, 1.000),
            ["Person"] = (null, 1.000),
            ["Plan"] = (1.000, 1.000),
            ["Measure"] = (1.000, 1.000),
            ["LED_BY"] = (0.000, 0.000),
            ["CO_LED_BY"] = (0.166, 0.166),
            ["Links, any measure"] = (0.142, 0.142),
        },
        ["sealed4-yudu-work-points.txt"] = new(StringComparer.Ordinal)
        {
            ["Region"] = (1.000, 0.666),
            ["School"] = (null, 0.000),
            ["Unit"] = (1.000, 0.076),
            ["Program"] = (1.000, 1.000),
            ["TeacherStudio"] = (0.000, 0.000),
            ["FundingLine"] = (1.000, 1.000),
            ["Target"] = (null, 1.000),
            ["Person"] = (null, 1.000),
            ["Plan"] = (1.000, 1.000),
            ["Measure"] = (null, 0.000),
            ["LED_BY"] = (null, 0.000),
            ["CO_LED_BY"] = (null, 0.000),
            ["Links, any measure"] = (null, 0.000),
        },

        // Round 5: the first pass of 2026-12-07 at 5baf5e3 (docs/evaluation-sealed.md, expected results committed at
        // f0e55a6), the entries the test printed pasted unchanged.
        ["sealed5-fujian-action-plan.txt"] = new(StringComparer.Ordinal)
        {
            ["Region"] = (1.000, 0.142),
            ["School"] = (1.000, 0.500),
            ["Unit"] = (0.545, 0.600),
            ["Program"] = (1.000, 1.000),
            ["TeacherStudio"] = (0.000, 0.000),
            ["FundingLine"] = (1.000, 1.000),
            ["Target"] = (1.000, 1.000),
            ["Person"] = (null, 1.000),
            ["Plan"] = (1.000, 1.000),
            ["Measure"] = (1.000, 1.000),
            ["LED_BY"] = (1.000, 0.833),
            ["CO_LED_BY"] = (1.000, 0.875),
            ["Links, any measure"] = (1.000, 0.875),
        },
        ["sealed5-minhang-measures.txt"] = new(StringComparer.Ordinal)
        {
            ["Region"] = (1.000, 0.500),
            ["School"] = (0.666, 0.666),
            ["Unit"] = (0.375, 0.333),
            ["Program"] = (1.000, 0.500),
            ["TeacherStudio"] = (0.000, 0.000),
            ["FundingLine"] = (1.000, 1.000),
            ["Target"] = (1.000, 1.000),
            ["Person"] = (null, 1.000),
            ["Plan"] = (1.000, 1.000),
            ["Measure"] = (1.000, 1.000),
            ["LED_BY"] = (0.166, 0.105),
            ["CO_LED_BY"] = (null, 1.000),
            ["Links, any measure"] = (0.285, 0.222),
        },
        ["sealed5-ningxia-implementation-rules.txt"] = new(StringComparer.Ordinal)
        {
            ["Region"] = (1.000, 0.666),
            ["School"] = (1.000, 1.000),
            ["Unit"] = (0.285, 0.166),
            ["Program"] = (null, 1.000),
            ["TeacherStudio"] = (0.000, 0.000),
            ["FundingLine"] = (1.000, 1.000),
            ["Target"] = (0.500, 0.333),
            ["Person"] = (null, 1.000),
            ["Plan"] = (1.000, 1.000),
            ["Measure"] = (1.000, 1.000),
            ["LED_BY"] = (0.000, 0.000),
            ["CO_LED_BY"] = (0.250, 0.166),
            ["Links, any measure"] = (0.200, 0.100),
        },
        ["sealed5-qiandongnan-task-division.txt"] = new(StringComparer.Ordinal)
        {
            ["Region"] = (1.000, 0.285),
            ["School"] = (1.000, 0.250),
            ["Unit"] = (0.900, 0.692),
            ["Program"] = (1.000, 1.000),
            ["TeacherStudio"] = (0.000, 0.000),
            ["FundingLine"] = (1.000, 1.000),
            ["Target"] = (null, 0.000),
            ["Person"] = (null, 1.000),
            ["Plan"] = (null, 0.000),
            ["Measure"] = (null, 0.000),
            ["LED_BY"] = (null, 0.000),
            ["CO_LED_BY"] = (null, 0.000),
            ["Links, any measure"] = (null, 0.000),
        },
        ["sealed5-qiqihar-implementation-opinions.txt"] = new(StringComparer.Ordinal)
        {
            ["Region"] = (1.000, 0.500),
            ["School"] = (1.000, 1.000),
            ["Unit"] = (1.000, 0.857),
            ["Program"] = (1.000, 1.000),
            ["TeacherStudio"] = (null, 1.000),
            ["FundingLine"] = (1.000, 1.000),
            ["Target"] = (1.000, 1.000),
            ["Person"] = (1.000, 0.500),
            ["Plan"] = (1.000, 1.000),
            ["Measure"] = (0.714, 1.000),
            ["LED_BY"] = (1.000, 0.666),
            ["CO_LED_BY"] = (1.000, 0.714),
            ["Links, any measure"] = (1.000, 0.727),
        },
        ["sealed5-wuhua-three-year-plan.txt"] = new(StringComparer.Ordinal)
        {
            ["Region"] = (1.000, 0.666),
            ["School"] = (null, 0.000),
            ["Unit"] = (0.400, 0.153),
            ["Program"] = (0.500, 1.000),
            ["TeacherStudio"] = (0.000, 0.000),
            ["FundingLine"] = (1.000, 1.000),
            ["Target"] = (1.000, 1.000),
            ["Person"] = (1.000, 0.500),
            ["Plan"] = (1.000, 1.000),
            ["Measure"] = (1.000, 1.000),
            ["LED_BY"] = (0.111, 0.111),
            ["CO_LED_BY"] = (null, 0.000),
            ["Links, any measure"] = (0.200, 0.100),
        },
        ["sealed5-xilingol-two-plans.txt"] = new(StringComparer.Ordinal)
        {
            ["Region"] = (1.000, 0.142),
            ["School"] = (1.000, 1.000),
            ["Unit"] = (0.222, 0.166),
            ["Program"] = (null, 0.000),
            ["TeacherStudio"] = (null, 1.000),
            ["FundingLine"] = (1.000, 1.000),
            ["Target"] = (1.000, 1.000),
            ["Person"] = (null, 1.000),
            ["Plan"] = (1.000, 1.000),
            ["Measure"] = (1.000, 1.000),
            ["LED_BY"] = (0.100, 0.100),
            ["CO_LED_BY"] = (0.285, 0.285),
            ["Links, any measure"] = (0.230, 0.230),
        },
        ["sealed5-yushe-work-points.txt"] = new(StringComparer.Ordinal)
        {
            ["Region"] = (1.000, 0.500),
            ["School"] = (1.000, 0.250),
            ["Unit"] = (0.400, 0.125),
            ["Program"] = (1.000, 1.000),
            ["TeacherStudio"] = (0.000, 0.000),
            ["FundingLine"] = (1.000, 1.000),
            ["Target"] = (1.000, 1.000),
            ["Person"] = (null, 1.000),
            ["Plan"] = (1.000, 1.000),
            ["Measure"] = (1.000, 1.000),
            ["LED_BY"] = (0.000, 0.000),
            ["CO_LED_BY"] = (null, 0.000),
            ["Links, any measure"] = (0.000, 0.000),
        },
    };

    [Fact]
    public void Every_sealed_document_keeps_its_first_pass_scores()
    {
        var corpus = EvaluationCorpus.Load(EvaluationCorpus.SealedFolder).ToList();
        Assert.NotEmpty(corpus);
        var report = new StringBuilder();
        var scores = new Dictionary<string, Dictionary<string, Score>>(StringComparer.Ordinal);
        foreach (var round in corpus.GroupBy(document => RoundOf(document.Document.FileName), StringComparer.Ordinal).OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            // A round was written and annotated as a whole: it scores the kinds its own expected files list, so a
            // later round annotating more kinds leaves the earlier round's metrics (and floors) as they were.
            var kinds = round.SelectMany(document => document.Expected.Select(e => e.Kind)).Distinct().Order().ToList();
            var totals = new Dictionary<string, Score>(StringComparer.Ordinal);
            foreach (var (document, expected) in round)
            {
                var name = document.FileName;
                var comparisons = Compare(document, expected, kinds);
                scores[name] = comparisons.ToDictionary(c => c.Metric, c => c.Comparison.Score, StringComparer.Ordinal);
                report.AppendLine(name);
                foreach (var (metric, comparison) in comparisons)
                {
                    totals[metric] = (totals.TryGetValue(metric, out var known) ? known : Score.Zero).Plus(comparison.Score);
                    report.AppendLine(Line(metric, comparison.Score));
                    foreach (var missed in comparison.Missed)
                    {
                        report.AppendLine(CultureInfo.InvariantCulture, $"      missed   {missed}");
                    }

                    foreach (var spurious in comparison.Spurious)
                    {
                        report.AppendLine(CultureInfo.InvariantCulture, $"      spurious {EntityScoring.Short(spurious)}");
                    }
                }
            }

            output.WriteLine("round " + round.Key);
            output.WriteLine("metric                 correct  spurious  missed  precision  recall");
            foreach (var (metric, score) in totals)
            {
                output.WriteLine(Line(metric, score));
            }

            output.WriteLine(string.Empty);
        }

        output.WriteLine(report.ToString());
        output.WriteLine(FloorsAsCode(scores));

        var withoutFloors = scores.Keys.Where(name => !Floors.ContainsKey(name)).Order(StringComparer.Ordinal).ToList();
        Assert.True(withoutFloors.Count == 0,
            $"The first pass of {string.Join(", ", withoutFloors)} is not recorded: paste their entries of the Floors " +
            "initialiser printed at the end of this test's output into SealedRoundTests.Floors, and their scores into " +
            "docs/evaluation-sealed.md, before anything is tuned.");
        Assert.All(Floors.Keys, name => Assert.Contains(name, scores.Keys));
        Assert.All(Floors, document =>
        {
            Assert.Equal(document.Value.Keys.Order(StringComparer.Ordinal), scores[document.Key].Keys.Order(StringComparer.Ordinal));
            Assert.All(document.Value, floor =>
            {
                var score = scores[document.Key][floor.Key];
                Assert.True(floor.Value.Precision is not { } precision || score.Precision >= precision, $"{document.Key} {floor.Key} precision {score.Precision:0.000} < {floor.Value.Precision:0.000}");
                Assert.True(score.Recall >= floor.Value.Recall, $"{document.Key} {floor.Key} recall {score.Recall:0.000} < {floor.Value.Recall:0.000}");
            });
        });
    }

    // The round's zeros must be the extractor's, not the scorer's: on a plan of the main corpus the extractor reads
    // (blind2-notice), the same plan and measure keys are found for every measure its Links file names.
    [Fact]
    public void The_plan_and_measure_scoring_finds_a_plan_the_extractor_reads()
    {
        const string name = "blind2-notice.txt";
        var batch = ExtractionPipeline.Default.Extract(SourceDocumentFile.Read(EvaluationCorpus.DocumentPath(EvaluationCorpus.MainFolder, name)));
        var links = MeasureLinks.ReadLinks(Path.Combine(EvaluationCorpus.Directory(EvaluationCorpus.MainFolder), "Links", name));
        var measures = links.Select(l => l[..l.IndexOf(' ', StringComparison.Ordinal)]).Distinct(StringComparer.Ordinal).ToList();
        var plans = MeasureLinks.ReadPlans(Path.Combine(EvaluationCorpus.Directory(EvaluationCorpus.MainFolder), "Links", name));

        Assert.Equal(9, measures.Count);
        Assert.Equal(Score.Zero with { Correct = 1 }, Score.Compare(plans, KeysOf(batch, NodeLabels.Plan), string.Equals).Score);
        Assert.Equal(Score.Zero with { Correct = 9 }, Score.Compare(measures, KeysOf(batch, NodeLabels.Measure), string.Equals).Score);
    }

    // One document's comparisons: every scored entity kind, its plans, its measures, its LED_BY and CO_LED_BY links,
    // and its links with the measure key left out (which unit leads or shares, whichever measure the extractor
    // hung it on), so that a miss of the key scheme can be told from a miss of the responsibility.
    private static List<(string Metric, ScoredComparison<string> Comparison)> Compare(
        SourceDocument document, IReadOnlyList<(EntityKind Kind, string Name)> expected, IReadOnlyList<EntityKind> kinds)
    {
        var folder = EvaluationCorpus.Directory(EvaluationCorpus.SealedFolder);
        var name = document.FileName;
        var context = ExtractionPipeline.Default.Run(document);
        var batch = ExtractionPipeline.Default.Extract(document);
        var comparisons = kinds
            .Select(kind => (kind.ToString(), EntityScoring.Compare(context, kind, [.. expected.Where(e => e.Kind == kind).Select(e => e.Name)])))
            .ToList();

        var measuresFile = Path.Combine(folder, "Measures", name);
        comparisons.Add((Plans, Score.Compare(MeasureLinks.ReadPlans(measuresFile), KeysOf(batch, NodeLabels.Plan), string.Equals)));
        comparisons.Add((Measures, Score.Compare(MeasureLinks.ReadMeasures(measuresFile), KeysOf(batch, NodeLabels.Measure), string.Equals)));

        var wantedLinks = MeasureLinks.ReadLinks(Path.Combine(folder, "Links", name));
        var foundLinks = MeasureLinks.Extracted(context);
        foreach (var type in new[] { RelationshipTypes.LedBy, RelationshipTypes.CoLedBy })
        {
            var marker = $" {type} ";
            comparisons.Add((type, Score.Compare(
                [.. wantedLinks.Where(l => l.Contains(marker, StringComparison.Ordinal))],
                [.. foundLinks.Where(l => l.Contains(marker, StringComparison.Ordinal))],
                string.Equals)));
        }

        comparisons.Add((AnyMeasure, Score.Compare(WithoutMeasure(wantedLinks), WithoutMeasure(foundLinks), string.Equals)));
        return comparisons;
    }

    // The plans (<title>) or measures (<title>/<key>) a batch holds, as the expected files write them.
    private static List<string> KeysOf(GraphBatch batch, string label)
    {
        var documentPrefix = NodeIds.KeyOf(batch.DocumentId) + "/";
        return [.. batch.Nodes
            .Where(n => n.Label == label)
            .Select(n => NodeIds.KeyOf(n.Id))
            .Select(key => key.StartsWith(documentPrefix, StringComparison.Ordinal) ? key[documentPrefix.Length..] : key)];
    }

    // The round a sealed document belongs to: its file name's prefix (sealed3-…, sealed4-…).
    private static string RoundOf(string fileName) => fileName[..fileName.IndexOf('-', StringComparison.Ordinal)];

    // "TYPE unit" of every link, once each.
    private static List<string> WithoutMeasure(IEnumerable<string> links) =>
        [.. links.Select(l => l[(l.IndexOf(' ', StringComparison.Ordinal) + 1)..]).Distinct(StringComparer.Ordinal)];

    private static string Line(string metric, Score score) => string.Create(CultureInfo.InvariantCulture,
        $"  {metric,-20} {score.Correct,7}  {score.Spurious,8}  {score.Missed,6}  {score.Precision,9:0.000}  {score.Recall,6:0.000}");

    // The scores written as the Floors initialiser, rounded down, to record a first pass.
    private static string FloorsAsCode(Dictionary<string, Dictionary<string, Score>> scores)
    {
        var code = new StringBuilder();
        foreach (var (document, metrics) in scores.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            code.AppendLine(CultureInfo.InvariantCulture, $"        [\"{document}\"] = new(StringComparer.Ordinal)");
            code.AppendLine("        {");
            foreach (var (metric, score) in metrics)
            {
                code.AppendLine(string.Create(CultureInfo.InvariantCulture,
                    $"            [\"{metric}\"] = ({(score.Correct + score.Spurious == 0 ? "null" : $"{Math.Floor(score.Precision * 1000) / 1000:0.000}")}, {Math.Floor(score.Recall * 1000) / 1000:0.000}),"));
            }

            code.AppendLine("        },");
        }

        return code.ToString();
    }
}
