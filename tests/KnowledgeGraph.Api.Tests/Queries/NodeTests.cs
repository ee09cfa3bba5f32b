using KnowledgeGraph.Api.Tests.Infrastructure;

namespace KnowledgeGraph.Api.Tests.Queries;

[Collection(SeededApi.Name)]
public sealed class NodeTests(KnowledgeGraphApiFactory api)
{
    [Fact]
    public async Task Every_kind_is_fetched_again_by_its_id()
    {
        var data = await api.DataAsync("""
            {
              documents(first: 1, where: { number: { startsWith: "凉" } }) { nodes { id } }
              plans(first: 1) { nodes { id } }
              measures(first: 1) { nodes { id } }
              units(first: 1) { nodes { id } }
            }
            """);
        var ids = new[] { "documents", "plans", "measures", "units" }.Select(kind => data[kind]!["nodes"]![0]!["id"]!.GetValue<string>()).ToList();

        var fetched = await api.DataAsync("""query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }""", new { ids });

        Assert.Equal(ids, fetched["nodes"].Values<string>("id"));
        Assert.Equal(["Document", "Plan", "Measure", "Unit"], fetched["nodes"].Values<string>("__typename"));
    }

    [Fact]
    public async Task Ids_are_stable_across_restarts()
    {
        const string Query = """{ units(where: { name: { eq: "凉山州财政局" } }) { nodes { id } } }""";
        var first = (await api.DataAsync(Query))["units"]!["nodes"]![0]!["id"]!.GetValue<string>();

        await using var restarted = new KnowledgeGraphApiFactory();
        var second = (await restarted.DataAsync(Query))["units"]!["nodes"]![0]!["id"]!.GetValue<string>();

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task An_unknown_id_is_null_and_a_malformed_one_is_an_error()
    {
        var unknown = await api.DataAsync("""{ node(id: "dW5pdDrml6DkuYvljZXkvY0") { id } }""");
        var malformed = await api.QueryAsync("""{ node(id: "!!") { id } }""");

        Assert.Null(unknown["node"]);
        Assert.Equal(["INVALID_ID"], malformed.ErrorCodes());
    }

    [Fact]
    public async Task A_measure_leads_back_to_its_plan_document_and_evidence()
    {
        var data = await api.DataAsync("""
            {
              measures(first: 1) {
                nodes {
                  title
                  plan { title document { fileName } measures(first: 1) { nodes { title } } }
                  document { fileName number date issuers { name } plans { title } }
                  evidence { document { fileName } offset length snippet }
                }
              }
            }
            """);
        var measure = data["measures"]!["nodes"]![0]!;

        Assert.Equal("004_e24c27e5441453ca.txt", measure["document"]!["fileName"]!.GetValue<string>());
        Assert.Equal(measure["document"]!["fileName"]!.GetValue<string>(), measure["plan"]!["document"]!["fileName"]!.GetValue<string>());
        Assert.Equal(measure["title"]!.GetValue<string>(), measure["plan"]!["measures"]!["nodes"]![0]!["title"]!.GetValue<string>());
        Assert.Contains(measure["plan"]!["title"]!.GetValue<string>(), measure["document"]!["plans"].Values<string>("title"));
        Assert.Equal(measure["document"]!["fileName"]!.GetValue<string>(), measure["evidence"]!["document"]!["fileName"]!.GetValue<string>());
        Assert.StartsWith(measure["title"]!.GetValue<string>(), measure["evidence"]!["snippet"]!.GetValue<string>().TrimStart("0123456789.． 、".ToCharArray()), StringComparison.Ordinal);
        Assert.NotEmpty(measure["document"]!["issuers"]!.AsArray());
    }
}
