using KnowledgeGraph.Api.Tests.Infrastructure;

namespace KnowledgeGraph.Api.Tests.Limits;

/// <summary>docs/limits.md shows runnable queries as <c>```graphql</c> and refused ones as <c>```text</c>: the first kind must run.</summary>
[Collection(SeededApi.Name)]
public sealed class LimitsDocumentationTests(KnowledgeGraphApiFactory api)
{
    public static TheoryData<string> DocumentedQueries() => new(Readme.QueriesIn("docs/limits.md").Select(query => query.Text));

    [Theory]
    [MemberData(nameof(DocumentedQueries))]
    public async Task A_query_shown_as_runnable_runs_with_the_default_limits(string query)
    {
        var data = await api.DataAsync(query);

        Assert.NotEmpty(data.AsObject());
    }
}
