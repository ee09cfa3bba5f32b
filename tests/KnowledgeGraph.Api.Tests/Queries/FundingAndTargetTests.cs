using KnowledgeGraph.Api.Tests.Infrastructure;

namespace KnowledgeGraph.Api.Tests.Queries;

/// <summary>Funding lines in yuan with payer and purpose, and targets with their year, linked to what they serve.</summary>
[Collection(SeededApi.Name)]
public sealed class FundingAndTargetTests(KnowledgeGraphApiFactory api)
{
    // 004, vocational plan, measure 12: 州级财政每年安排 3000 万元.
    [Fact]
    public async Task The_prefecture_budget_line_is_read_into_yuan_and_linked_to_its_measure_and_payer()
    {
        var data = await api.DataAsync("""
            {
              fundingLines(where: { payer: { eq: "州级财政" }, amountYuanMin: { gte: 10000000 } }, order: [{ amountYuanMin: DESC }]) {
                nodes { name amountYuanMin amountYuanMax period payer paidBy { name } funds { __typename ... on Measure { number } } }
              }
            }
            """);

        var lines = data["fundingLines"]!["nodes"]!.AsArray();
        var line = lines.Single(l => l!["name"]!.GetValue<string>() == "3000 万元")!;
        Assert.Equal(30_000_000d, line["amountYuanMin"]!.GetValue<double>());
        Assert.Equal(30_000_000d, line["amountYuanMax"]!.GetValue<double>());
        Assert.Equal("每年", line["period"]!.GetValue<string>());
        Assert.Equal(["凉山彝族自治州"], line["paidBy"].Values<string>("name"));
        Assert.Equal(12, line["funds"]![0]!["number"]!.GetValue<int>());
    }

    // 004, preschool plan, 目标任务: 到2025年，全州学前三年毛入园率达92%.
    [Fact]
    public async Task A_plan_goal_has_its_year_value_and_plan()
    {
        var data = await api.DataAsync("""
            { targets(where: { indicator: { eq: "学前三年毛入园率" } }) { nodes { value year setBy { __typename ... on Plan { title } } } } }
            """);

        var target = data["targets"]!["nodes"]![0]!;
        Assert.Equal("92%", target["value"]!.GetValue<string>());
        Assert.Equal(2025, target["year"]!.GetValue<int>());
        Assert.Equal("凉山州学前教育高质量发展实施方案", target["setBy"]![0]!["title"]!.GetValue<string>());
    }
}
