using System.Text.Json.Nodes;
using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Api.Tests.Queries;

/// <summary>Every query the README offers for pasting runs without errors and finds something.</summary>
[Collection(SeededApi.Name)]
public sealed class ReadmeQueriesTests(KnowledgeGraphApiFactory api)
{
    public static TheoryData<string> ReadmeQueries()
    {
        var data = new TheoryData<string>();
        foreach (var query in Readme.Queries)
        {
            data.Add(query.Text);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ReadmeQueries))]
    public async Task Runs_and_finds_something(string query)
    {
        // The variables the README gives beside a query; a query that only needs some object's `$id` gets a unit's.
        object? variables = Readme.Queries.First(q => q.Text == query).Variables;
        if (variables is null && query.Contains("$id", StringComparison.Ordinal))
        {
            variables = new { id = await AnyUnitId() };
        }

        var data = await api.DataAsync(query, variables);

        Assert.All(data.AsObject(), field => Assert.NotNull(field.Value));
        Assert.All(data.AsObject(), field => Assert.False(field.Value is JsonArray { Count: 0 }, $"`{field.Key}` is empty"));
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
}
