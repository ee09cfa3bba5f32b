using KnowledgeGraph.Api.Tests.Infrastructure;

namespace KnowledgeGraph.Api.Tests.Queries;

/// <summary>People with their titles, holding posts in resolved units.</summary>
[Collection(SeededApi.Name)]
public sealed class PersonTests(KnowledgeGraphApiFactory api)
{
    // 000: 省委教育工委书记，教育厅党组书记、厅长余孝其 — a Sichuan bulletin, so 教育厅 is 四川省教育厅.
    [Fact]
    public async Task Yu_Xiaoqi_holds_posts_in_the_provincial_units_across_documents()
    {
        var data = await api.DataAsync("""
            { people(where: { name: { eq: "余孝其" } }) { nodes { kind titles units { name aliases } mentionedIn { __typename } } } }
            """);

        var person = data["people"]!["nodes"]![0]!;
        Assert.Equal("PERSON", person["kind"]!.GetValue<string>());
        Assert.Contains("教育厅党组书记、厅长", person["titles"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal(["四川省委教育工委", "四川省教育厅"], person["units"].Values<string>("name").Order(StringComparer.Ordinal));
        Assert.True(person["mentionedIn"]!.AsArray().Count(m => m!["__typename"]!.GetValue<string>() == "Document") >= 3);
    }
}
