using System.Net;
using System.Text.Json.Nodes;
using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Api.Tests.Ingestion;

namespace KnowledgeGraph.Api.Tests.Documentation;

/// <summary>
/// Every operation that README.md and docs/ offer for pasting runs as written, with the variables the page gives, on
/// the seed documents with the default limits: queries find something, mutations are accepted with the API key.
/// </summary>
[Collection(SeededApi.Name)]
public sealed class DocumentedOperationsTests(KnowledgeGraphApiFactory api)
{
    public static TheoryData<string, string> DocumentedQueries() => OperationsWhere(isMutation: false);

    public static TheoryData<string, string> DocumentedMutations() => OperationsWhere(isMutation: true);

    private static TheoryData<string, string> OperationsWhere(bool isMutation)
    {
        var data = new TheoryData<string, string>();
        foreach (var operation in DocumentationPages.Operations.Where(operation => operation.IsMutation == isMutation))
        {
            data.Add(operation.Page, operation.Name);
        }

        return data;
    }

    [Fact]
    public void The_pages_offer_operations_to_paste() => Assert.NotEmpty(DocumentationPages.Operations);

    [Fact]
    public void Every_operation_has_a_name_of_its_own()
    {
        // The name is how persisted/<OperationName>.graphql, the .http file and these tests find an operation.
        var unnamed = DocumentationPages.Operations.Where(operation => operation.Name.Length == 0).Select(operation => $"{operation.Page}:\n{operation.Text}");
        var repeated = DocumentationPages.Operations.GroupBy(operation => operation.Name).Where(name => name.Count() > 1).Select(name => name.Key);

        Assert.Empty(unnamed);
        Assert.Empty(repeated);
    }

    [Theory]
    [MemberData(nameof(DocumentedQueries))]
    public async Task A_query_runs_and_finds_something(string page, string operationName)
    {
        var query = DocumentationPages.Operation(operationName);

        var data = await api.DataAsync(query.Text, query.Variables);

        Assert.All(data.AsObject(), field => Assert.NotNull(field.Value));
        Assert.All(data.AsObject(), field => Assert.False(field.Value is JsonArray { Count: 0 }, $"{page}: `{field.Key}` is empty"));
        Assert.All(TotalCounts(data), count => Assert.True(count > 0, $"{page}: an empty result in {data.Pretty()}"));
    }

    [Theory]
    [MemberData(nameof(DocumentedMutations))]
    public async Task A_mutation_is_accepted_with_the_api_key(string page, string operationName)
    {
        var mutation = DocumentationPages.Operation(operationName);
        using var dataDirectory = new TemporaryDataDirectory();
        await using var ingestionApi = new IngestionApiFactory(dataDirectory.Path);

        var (status, body) = await ingestionApi.PostAsync(mutation.Text, mutation.Variables);

        Assert.True(status == HttpStatusCode.OK && !body.ContainsKey("errors"), $"{page}: {status} {body.Pretty()}");
        Assert.All(body["data"]!.AsObject(), payload =>
        {
            Assert.Null(payload.Value!["errors"]);
            Assert.NotNull(payload.Value["document"]);
        });
    }

    private static IEnumerable<int> TotalCounts(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => p.Key == "totalCount" ? [p.Value!.GetValue<int>()] : TotalCounts(p.Value)),
        JsonArray array => array.SelectMany(TotalCounts),
        _ => [],
    };
}
