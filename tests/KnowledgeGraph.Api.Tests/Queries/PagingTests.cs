using KnowledgeGraph.Api.Tests.Infrastructure;

namespace KnowledgeGraph.Api.Tests.Queries;

[Collection(SeededApi.Name)]
public sealed class PagingTests(KnowledgeGraphApiFactory api)
{
    private const string Page = """
        query ($first: Int, $after: String, $last: Int, $before: String) {
          measures(first: $first, after: $after, last: $last, before: $before) {
            totalCount
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            edges { cursor node { id } }
            nodes { id }
          }
        }
        """;

    [Fact]
    public async Task Following_end_cursors_visits_every_measure_once()
    {
        var seen = new List<string>();
        string? after = null;
        int total;
        do
        {
            var page = (await api.DataAsync(Page, new { first = 17, after }))["measures"]!;
            total = page["totalCount"]!.GetValue<int>();
            seen.AddRange(page["nodes"].Values<string>("id"));
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null);

        Assert.True(total > 17, "the seeds hold more than one page of measures");
        Assert.Equal(total, seen.Count);
        Assert.Equal(total, seen.Distinct().Count());
    }

    [Fact]
    public async Task Edges_and_nodes_agree_and_cursors_bound_the_page()
    {
        var page = (await api.DataAsync(Page, new { first = 3 }))["measures"]!;

        Assert.Equal(page["nodes"].Values<string>("id"), page["edges"]!.AsArray().Select(e => e!["node"]!["id"]!.GetValue<string>()));
        Assert.Equal(page["edges"]![0]!["cursor"]!.GetValue<string>(), page["pageInfo"]!["startCursor"]!.GetValue<string>());
        Assert.Equal(page["edges"]![2]!["cursor"]!.GetValue<string>(), page["pageInfo"]!["endCursor"]!.GetValue<string>());
        Assert.False(page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Last_and_before_page_backwards_to_the_same_measures()
    {
        var firstFive = (await api.DataAsync(Page, new { first = 5 }))["measures"]!;
        var beforeFifth = firstFive["edges"]![4]!["cursor"]!.GetValue<string>();

        var backwards = (await api.DataAsync(Page, new { last = 2, before = beforeFifth }))["measures"]!;
        var tail = (await api.DataAsync(Page, new { last = 1 }))["measures"]!;

        Assert.Equal(firstFive["nodes"].Values<string>("id").Skip(2).Take(2), backwards["nodes"].Values<string>("id"));
        Assert.True(backwards["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
        Assert.False(tail["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Without_first_or_last_a_page_has_the_default_size()
    {
        var page = (await api.DataAsync(Page))["measures"]!;

        Assert.Equal(new Graph.Connections.PagingOptions().DefaultPageSize, page["nodes"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("""{ measures(first: 101) { totalCount } }""", "PAGE_SIZE_EXCEEDED")]
    [InlineData("""{ measures(last: -1) { totalCount } }""", "INVALID_PAGING_ARGUMENT")]
    [InlineData("""{ measures(after: "not a cursor") { totalCount } }""", "INVALID_CURSOR")]
    [InlineData("""{ units(first: 1) { nodes { measures(first: 500) { totalCount } } } }""", "PAGE_SIZE_EXCEEDED")]
    public async Task Bad_paging_arguments_are_errors_with_codes(string query, string code)
    {
        var body = await api.QueryAsync(query);

        Assert.Equal([code], body.ErrorCodes());
    }
}
