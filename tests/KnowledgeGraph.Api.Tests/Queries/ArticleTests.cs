using KnowledgeGraph.Api.Tests.Infrastructure;

namespace KnowledgeGraph.Api.Tests.Queries;

/// <summary>Articles: bulletin items, news stories and city-report sections, with their documents and reporters.</summary>
[Collection(SeededApi.Name)]
public sealed class ArticleTests(KnowledgeGraphApiFactory api)
{
    // Counted by hand in seeds/documents/000_5941bd0ba66f25d4.txt: ten ● items and three ▲ briefs.
    [Fact]
    public async Task The_bulletin_has_its_thirteen_items_in_order_with_their_reporting_offices()
    {
        var data = await api.DataAsync("""
            {
              documents(where: { fileName: { eq: "000_5941bd0ba66f25d4.txt" } }) {
                nodes { articles { ordinal genre section name reportedBy { name } document { fileName } } }
              }
            }
            """);

        var articles = data["documents"]!["nodes"]![0]!["articles"]!.AsArray();
        Assert.Equal(13, articles.Count);
        Assert.Equal(Enumerable.Range(1, 13), articles.Values<int>("ordinal"));
        Assert.All(articles, a => Assert.Equal("bulletin-item", a!["genre"]!.GetValue<string>()));
        Assert.Equal("【重要工作】", articles[0]!["section"]!.GetValue<string>());
        Assert.Equal("【简讯】", articles[12]!["section"]!.GetValue<string>());
        // Offices named alone are the bulletin's publisher's: the province's education department.
        Assert.Equal(["四川省教育厅办公室", "四川省教育厅发展规划处"], articles[0]!["reportedBy"].Values<string>("name"));
        Assert.Equal("000_5941bd0ba66f25d4.txt", articles[0]!["document"]!["fileName"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_entity_is_mentioned_in_the_article_that_names_it()
    {
        var data = await api.DataAsync("""
            { regions(where: { name: { eq: "平昌县" } }) { nodes { mentionedIn { __typename ... on Article { name } } } } }
            """);

        var mentions = data["regions"]!["nodes"]![0]!["mentionedIn"]!.AsArray();
        Assert.Contains(mentions, m => m!["__typename"]!.GetValue<string>() == "Document");
        Assert.Contains(mentions, m => m!["__typename"]!.GetValue<string>() == "Article"
            && m["name"]!.GetValue<string>() == "平昌县推进名师工作室建设助力教育高质量发展");
    }
}
