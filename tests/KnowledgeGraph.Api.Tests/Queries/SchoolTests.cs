using KnowledgeGraph.Api.Tests.Infrastructure;

namespace KnowledgeGraph.Api.Tests.Queries;

/// <summary>Schools: typed, and located in the place their names start with.</summary>
[Collection(SeededApi.Name)]
public sealed class SchoolTests(KnowledgeGraphApiFactory api)
{
    // 001 lists 四川省苍溪县职业高级中学 among the 报送单位 of its 产教融合 cases.
    [Fact]
    public async Task A_school_is_typed_and_located_in_the_most_specific_place_of_its_name()
    {
        var data = await api.DataAsync("""
            { schools(where: { name: { eq: "四川省苍溪县职业高级中学" } }) { nodes { kind type region { name parent { name } } } } }
            """);

        var school = data["schools"]!["nodes"]![0]!;
        Assert.Equal("SCHOOL", school["kind"]!.GetValue<string>());
        Assert.Equal("vocational", school["type"]!.GetValue<string>());
        Assert.Equal("苍溪县", school["region"]!["name"]!.GetValue<string>());
        Assert.Equal("广元市", school["region"]!["parent"]!["name"]!.GetValue<string>());
    }
}
