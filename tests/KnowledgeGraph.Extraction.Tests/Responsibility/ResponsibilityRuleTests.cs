using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Domain.Measures;

namespace KnowledgeGraph.Extraction.Tests.Responsibility;

/// <summary>
/// Each measure node says which rule told its leads (responsibilityRule) and quotes the words it was read from, at
/// their place in the normalised text: a rule stated once in the notice holds for a later plan; labels, a sentence, a
/// list split by ， without a rule, and a list that tells no unit apart each name their own.
/// </summary>
public sealed class ResponsibilityRuleTests
{
    private const string Notice = """
        关于印发《云南省县域高中发展提升行动计划》的通知

        各项任务责任单位中列第一位的为牵头单位。

        2024年3月1日

        云南省县域高中发展提升行动计划

        1. 扩大优质资源。（责任单位：省教育厅、省发展改革委，省财政厅）

        云南省县域高中教师队伍建设行动计划

        1. 加强师德建设。（牵头单位：省教育厅；配合单位：省财政厅）

        2. 提高待遇。由省财政厅牵头，省教育厅配合。
        """;

    private const string PlanWithoutRule = """
        云南省教育数字化工作方案

        1. 建设平台。（责任单位：省教育厅，省财政厅）

        2. 培训教师。（省教育厅、省人力资源社会保障厅）

        3. 推进应用。省教育厅、省财政厅按职责分工负责。
        """;

    [Fact]
    public void A_rule_stated_in_the_notice_is_quoted_where_it_is_written_for_a_later_plan()
    {
        var (text, rules) = Rules(Notice);

        var first = rules["云南省县域高中发展提升行动计划/1"];
        Assert.Equal((ResponsibilityRuleKind.StatedFirstListed.ToString(), "列第一位的为牵头单位"), (first.Kind, first.Statement));
        Assert.Equal(first.Statement, text.Substring(first.Offset, first.Length));
        Assert.True(first.Offset < text.IndexOf("云南省县域高中发展提升行动计划\n", StringComparison.Ordinal), "the rule is read in the notice, before the plan");
    }

    [Fact]
    public void Labels_and_a_sentence_name_their_own_rule()
    {
        var (_, rules) = Rules(Notice);

        Assert.Equal((ResponsibilityRuleKind.Labelled.ToString(), "（牵头单位：省教育厅；配合单位：省财政厅）"), Pair(rules["云南省县域高中教师队伍建设行动计划/1"]));
        Assert.Equal((ResponsibilityRuleKind.RunningText.ToString(), "由省财政厅牵头，省教育厅配合"), Pair(rules["云南省县域高中教师队伍建设行动计划/2"]));
    }

    [Fact]
    public void Without_a_stated_rule_a_comma_decides_by_convention_and_a_list_without_one_makes_every_unit_lead()
    {
        var (_, rules) = Rules(PlanWithoutRule);

        Assert.Equal((ResponsibilityRuleKind.CommaConvention.ToString(), "（责任单位：省教育厅，省财政厅）"), Pair(rules["云南省教育数字化工作方案/1"]));
        Assert.Equal((ResponsibilityRuleKind.AllLead.ToString(), "（省教育厅、省人力资源社会保障厅）"), Pair(rules["云南省教育数字化工作方案/2"]));
        Assert.Equal((ResponsibilityRuleKind.AllLead.ToString(), "省教育厅、省财政厅按职责分工负责"), Pair(rules["云南省教育数字化工作方案/3"]));
    }

    private static (string Kind, string Statement) Pair(Rule rule) => (rule.Kind, rule.Statement);

    // The normalised text and each measure's rule by "<plan title>/<key>".
    private static (string Text, Dictionary<string, Rule> Rules) Rules(string source)
    {
        var document = new SourceDocument("rules.txt", source);
        var context = ExtractionPipeline.Default.Run(document);
        var prefix = $"measure:{NodeIds.KeyOf(context.DocumentId)}/";
        var rules = ExtractionPipeline.ToBatch(context).Nodes
            .Where(n => n.Label == NodeLabels.Measure)
            .ToDictionary(
                n => n.Id[prefix.Length..],
                n => new Rule(
                    (string)n.Properties[PropertyNames.ResponsibilityRule]!,
                    (string)n.Properties[PropertyNames.ResponsibilityRuleStatement]!,
                    (int)(long)n.Properties[PropertyNames.ResponsibilityRuleOffset]!,
                    (int)(long)n.Properties[PropertyNames.ResponsibilityRuleLength]!),
                StringComparer.Ordinal);
        return (context.Text.Text, rules);
    }

    private sealed record Rule(string Kind, string Statement, int Offset, int Length);
}
