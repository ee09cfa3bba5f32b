using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Api.Tests.Queries;

/// <summary>Every query the README offers for pasting runs without errors and finds something.</summary>
[Collection(SeededApi.Name)]
public sealed partial class ReadmeQueriesTests(KnowledgeGraphApiFactory api)
{
    public static TheoryData<string> ReadmeQueries()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var data = new TheoryData<string>();
        foreach (Match block in GraphQLBlock().Matches(readme))
        {
            data.Add(block.Groups[1].Value);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ReadmeQueries))]
    public async Task Runs_and_finds_something(string query)
    {
        var variables = query.Contains("$id", StringComparison.Ordinal) ? new { id = await AnyUnitId() } : null;

        var data = await api.DataAsync(query, variables);

        Assert.All(data.AsObject(), field => Assert.NotNull(field.Value));
        Assert.All(TotalCounts(data), count => Assert.True(count > 0, $"an empty result in {data.Pretty()}"));
    }

    private async Task<string> AnyUnitId() =>
        (await api.DataAsync("{ units(first: 1) { nodes { id } } }"))["units"]!["nodes"]![0]!["id"]!.GetValue<string>();

    private static IEnumerable<int> TotalCounts(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => p.Key == "totalCount" ? [p.Value!.GetValue<int>()] : TotalCounts(p.Value)),
        JsonArray array => array.SelectMany(TotalCounts),
        _ => [],
    };

    [GeneratedRegex("```graphql\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex GraphQLBlock();
}
