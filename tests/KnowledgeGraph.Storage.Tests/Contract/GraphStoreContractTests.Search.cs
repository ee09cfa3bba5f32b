using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage.Search;

namespace KnowledgeGraph.Storage.Tests.Contract;

/// <summary>Full-text search with CJK bigram analysis, as Neo4j's <c>cjk</c> analyzer does it.</summary>
public abstract partial class GraphStoreContractTests
{
    private static SearchQuery Search(string text, params string[] labels) => new(text, labels, 10);

    private static string Marked(Highlight highlight)
    {
        var text = highlight.Fragment;
        foreach (var match in highlight.Matches.Reverse())
        {
            text = text.Insert(match.End, "]").Insert(match.Offset, "[");
        }

        return text;
    }

    [SkippableFact]
    public async Task Search_finds_chinese_substrings_without_whitespace_and_marks_them()
    {
        var store = await StoreWith(FinanceDocument());

        var hits = await store.SearchAsync(Search("财政"));

        var hit = Assert.Single(hits);
        Assert.Equal(Finance, hit.Node.Id);
        Assert.True(hit.Score > 0);
        Assert.Equal(PropertyNames.Name, hit.Highlight.Property);
        Assert.Equal("凉山州[财政]局", Marked(hit.Highlight));
    }

    [SkippableFact]
    public async Task Search_ranks_the_fullest_match_first_and_merges_overlapping_bigrams_in_highlights()
    {
        var store = await StoreWith(FinanceDocument());

        // Bigrams 凉山 山州 州财 财政 政局: both units share 凉山 and 山州, only one has them all.
        var hits = await store.SearchAsync(Search("凉山州财政局"));

        Assert.Equal([Finance, Education], hits.Select(h => h.Node.Id));
        Assert.True(hits[0].Score > hits[1].Score);
        Assert.Equal("[凉山州财政局]", Marked(hits[0].Highlight));
        Assert.Equal("[凉山州]教育体育局", Marked(hits[1].Highlight));
    }

    [SkippableFact]
    public async Task Search_reads_aliases_and_titles_and_filters_by_label()
    {
        var store = await StoreWith(FinanceDocument());

        var kindergartens = await store.SearchAsync(Search("幼儿园"));
        var onlyUnits = await store.SearchAsync(Search("幼儿园", NodeLabels.Unit));
        var byAlias = await store.SearchAsync(Search("州教育体育局", NodeLabels.Unit));

        Assert.Equal([MeasureA(2), MeasureA(3)], kindergartens.Select(h => h.Node.Id).Order(StringComparer.Ordinal));
        Assert.All(kindergartens, h => Assert.Equal(PropertyNames.Title, h.Highlight.Property));
        Assert.Empty(onlyUnits);
        Assert.Equal(Education, byAlias[0].Node.Id);
    }

    [SkippableTheory]
    [InlineData("财政 AND (")]
    [InlineData("财政\"")]
    [InlineData("*财政~")]
    [InlineData("title:财政")]
    public async Task Search_takes_query_syntax_literally(string text)
    {
        var store = await StoreWith(FinanceDocument());

        var hits = await store.SearchAsync(Search(text));

        Assert.Equal(Finance, hits[0].Node.Id);
    }

    [SkippableFact]
    public async Task Search_for_nothing_finds_nothing()
    {
        var store = await StoreWith(FinanceDocument());

        Assert.Empty(await store.SearchAsync(Search("  ")));
        Assert.Empty(await store.SearchAsync(Search("卫生健康委")));
    }

    [SkippableFact]
    public async Task Search_sees_the_latest_snapshot()
    {
        var store = await StoreWith(FinanceDocument());
        Assert.NotEmpty(await store.SearchAsync(Search("财政")));

        await store.ApplyAsync(TestGraph.Document("a.txt").Unit("凉山州教育体育局").Measure(1, "新的措施", "凉山州教育体育局").Build());

        Assert.Empty(await store.SearchAsync(Search("财政")));
        Assert.Single(await store.SearchAsync(Search("措施")));
    }
}
