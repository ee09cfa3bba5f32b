using KnowledgeGraph.Api.Tests.Infrastructure;

namespace KnowledgeGraph.Api.Tests.Queries;

/// <summary>Programs: named where the documents name them, run by the units or regions the text gives.</summary>
[Collection(SeededApi.Name)]
public sealed class ProgramTests(KnowledgeGraphApiFactory api)
{
    // 004, plan 1, measure 2: 实施县城幼儿园增量提质计划 〔责任单位：州住房城乡建设局、州教育体育局，…〕.
    [Fact]
    public async Task A_program_named_in_a_measure_is_run_by_its_lead_units()
    {
        var data = await api.DataAsync("""
            { programs(where: { name: { eq: "县城幼儿园增量提质计划" } }) { nodes { kind runBy { kind name } mentionedIn { __typename } } } }
            """);

        var program = data["programs"]!["nodes"]![0]!;
        Assert.Equal("PROGRAM", program["kind"]!.GetValue<string>());
        Assert.Equal(["凉山州住房城乡建设局", "凉山州教育体育局"], program["runBy"].Values<string>("name"));
        Assert.Contains("Document", program["mentionedIn"].Values<string>("__typename"));
    }

    // 002: 内江市大力实施基础教育“扩优提质”行动.
    [Fact]
    public async Task A_city_that_carries_out_a_program_runs_it_and_locates_it()
    {
        var data = await api.DataAsync("""
            { programs(where: { name: { eq: "“扩优提质”行动" } }) { nodes { runBy { kind name } regions { name } } } }
            """);

        var program = data["programs"]!["nodes"]![0]!;
        Assert.Equal(["REGION"], program["runBy"].Values<string>("kind"));
        Assert.Equal(["内江市"], program["regions"].Values<string>("name"));
    }
}
