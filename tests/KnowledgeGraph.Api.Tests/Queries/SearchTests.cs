using KnowledgeGraph.Api.Tests.Infrastructure;

namespace KnowledgeGraph.Api.Tests.Queries;

/// <summary>Full-text search, made for Chinese: CJK bigrams, ranked hits with kinds and highlighted snippets.</summary>
[Collection(SeededApi.Name)]
public sealed class SearchTests(KnowledgeGraphApiFactory api)
{
    private const string Search = """
        query ($text: String!, $kinds: [NodeKind!], $first: Int) {
          search(text: $text, kinds: $kinds, first: $first) {
            kind score field snippet
            node { id __typename ... on Unit { name aliases } ... on Measure { text } }
          }
        }
        """;

    [Fact]
    public async Task A_short_form_finds_the_unit_by_its_alias_first()
    {
        var hits = (await api.DataAsync(Search, new { text = "州财政局", kinds = new[] { "UNIT" } }))["search"]!.AsArray();

        var best = hits[0]!;
        Assert.Equal(KnownNodes.FinanceBureau, best["node"]!["name"]!.GetValue<string>());
        Assert.Equal("UNIT", best["kind"]!.GetValue<string>());
        Assert.Contains("<em>", best["snippet"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.All(hits, hit => Assert.Equal("Unit", hit!["node"]!["__typename"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Measures_that_mention_a_phrase_are_all_found_best_first()
    {
        var mentioning = (await api.DataAsync("""{ measures(where: { text: { contains: "名师工作室" } }, first: 100) { nodes { id } } }"""))
            ["measures"]!["nodes"].Values<string>("id").ToHashSet();

        var hits = (await api.DataAsync(Search, new { text = "名师工作室", kinds = new[] { "MEASURE" }, first = 50 }))["search"]!.AsArray();

        Assert.NotEmpty(mentioning);
        Assert.Subset(hits.Select(h => h!["node"]!["id"]!.GetValue<string>()).ToHashSet(), mentioning);
        Assert.Contains("名师工作室", hits[0]!["node"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(hits.Select(h => h!["score"]!.GetValue<double>()).OrderDescending(), hits.Select(h => h!["score"]!.GetValue<double>()));
        Assert.All(hits, hit => Assert.Equal("MEASURE", hit!["kind"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Query_syntax_in_the_text_is_taken_literally()
    {
        var hits = (await api.DataAsync(Search, new { text = "财政局 AND (\"" }))["search"]!.AsArray();

        Assert.NotEmpty(hits);
    }

    [Fact]
    public async Task More_hits_than_allowed_is_an_error_with_a_code()
    {
        var body = await api.QueryAsync(Search, new { text = "财政", first = 51 });

        Assert.Equal(["PAGE_SIZE_EXCEEDED"], body.ErrorCodes());
    }
}
