using System.Net;
using System.Text.Json.Nodes;

namespace KnowledgeGraph.Api.Tests.Ingestion;

/// <summary>
/// A plan title written twice (a table of contents before the bodies, or a plan restated in full) is one plan: the
/// document is accepted, and each measure is stored once.
/// </summary>
public sealed class RepeatedPlanTitleTests(IngestionFixture fixture) : IClassFixture<IngestionFixture>
{
    private const string IngestWithPlans = """
        mutation Ingest($input: IngestDocumentInput!) {
          ingestDocument(input: $input) {
            document { plans { title measures { nodes { number title } } } }
            errors { __typename ... on Error { code } }
          }
        }
        """;

    private const string Notice = "凉山州人民政府办公室\n\n2022年5月21日\n\n";

    private const string Informatisation = """
        凉山州教育信息化实施方案

        一、重点任务

        1. 建设教育专网。〔责任单位：州教育体育局〕

        2. 培训信息化骨干教师。〔责任单位：州教育体育局，州财政局〕

        """;

    private const string Vocational = """
        凉山州职业教育高质量发展实施方案

        1. 建设高水平中职学校。〔责任单位：州教育体育局〕

        """;

    [Fact]
    public async Task A_table_of_contents_before_the_plans_leaves_each_plan_once_with_its_measures()
    {
        var contents = "凉山州教育信息化实施方案\n\n凉山州职业教育高质量发展实施方案\n\n";

        var plans = await IngestedPlansAsync("contents.txt", Notice + contents + Informatisation + Vocational);

        Assert.Equal(
            ["凉山州教育信息化实施方案: 1 建设教育专网, 2 培训信息化骨干教师", "凉山州职业教育高质量发展实施方案: 1 建设高水平中职学校"],
            plans);
    }

    [Fact]
    public async Task A_plan_restated_in_full_is_one_plan_whose_measures_are_not_doubled()
    {
        var plans = await IngestedPlansAsync("restated.txt", Notice + Informatisation + Vocational + Informatisation);

        Assert.Equal(
            ["凉山州教育信息化实施方案: 1 建设教育专网, 2 培训信息化骨干教师", "凉山州职业教育高质量发展实施方案: 1 建设高水平中职学校"],
            plans);
    }

    // Each plan as "title: number title, …", in document order.
    private async Task<IReadOnlyList<string>> IngestedPlansAsync(string fileName, string text)
    {
        var (status, body) = await fixture.Api.PostAsync(IngestWithPlans, new { input = new { fileName, text } });
        Assert.True(status == HttpStatusCode.OK && !body.ContainsKey("errors"), $"{status}: {body.ToJsonString()}");
        var payload = body["data"]!["ingestDocument"]!;
        Assert.True(payload["errors"] is null, payload.ToJsonString());
        return [.. payload["document"]!["plans"]!.AsArray().Select(plan => $"{plan!["title"]}: " + string.Join(", ",
            plan["measures"]!["nodes"]!.AsArray().Select(measure => $"{measure!["number"]} {measure["title"]}")))];
    }
}
