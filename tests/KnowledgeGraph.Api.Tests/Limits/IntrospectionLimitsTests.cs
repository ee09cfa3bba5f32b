using System.Net;
using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Api.Tests.Limits;

/// <summary>
/// Introspection within safe bounds, with the default limits: the real queries of the IDE and of code generators
/// (<c>Introspection/README.md</c> says where each comes from) run; nesting and repeating introspection past what they
/// need is refused.
/// </summary>
[Collection(SeededApi.Name)]
public sealed class IntrospectionLimitsTests(KnowledgeGraphApiFactory api)
{
    public static TheoryData<string> RealIntrospectionQueries { get; } = new(
        "banana-cake-pop.graphql",
        "graphql-js-default.graphql",
        "graphql-js-descriptions-input-value-deprecation.graphql");

    [Theory]
    [MemberData(nameof(RealIntrospectionQueries))]
    public async Task A_real_introspection_query_runs_with_the_default_limits(string file)
    {
        var query = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.TestProject("KnowledgeGraph.Api.Tests"), "Limits", "Introspection", file));

        var data = await api.DataAsync(query);

        Assert.Contains("Measure", data["__schema"]!["types"].Values<string>("name"));
    }

    [Fact]
    public async Task Introspection_nesting_types_member_lists_three_deep_is_refused()
    {
        var (status, body) = await api.PostAsync(new
        {
            query = "{ __type(name: \"Query\") { fields { type { fields { type { fields { name } } } } } } }",
        });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["INTROSPECTION_TOO_DEEP"], body.ErrorCodes());
    }

    [Fact]
    public async Task Introspection_nesting_through_fragments_is_measured_as_if_written_out()
    {
        var (status, body) = await api.PostAsync(new
        {
            query = """
                { __type(name: "Query") { ...Outer } }
                fragment Outer on __Type { fields { type { ...Middle } } }
                fragment Middle on __Type { interfaces { ...Inner } }
                fragment Inner on __Type { possibleTypes { name } }
                """,
        });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["INTROSPECTION_TOO_DEEP"], body.ErrorCodes());
    }

    [Fact]
    public async Task Introspection_two_lists_deep_runs()
    {
        var data = await api.DataAsync("{ __type(name: \"Query\") { fields { type { fields { name } } } } }");

        Assert.NotEmpty(data["__type"]!["fields"]!.AsArray());
    }

    [Fact]
    public async Task Introspection_is_priced_by_what_it_returns_so_repeating_it_is_refused_for_its_cost()
    {
        // Each copy walks every type's fields and, for each, its type's fields: types × most fields × most fields.
        var copies = string.Concat(Enumerable.Range(0, 20).Select(copy => $"c{copy}: __schema {{ types {{ fields {{ type {{ fields {{ name }} }} }} }} }} "));

        var (status, body) = await api.PostAsync(new { query = $"{{ {copies} }}" });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["MAX_COMPLEXITY_EXCEEDED"], body.ErrorCodes());
    }
}
