using System.Net;
using KnowledgeGraph.Api.Tests.Infrastructure;

namespace KnowledgeGraph.Api.Tests.Limits;

/// <summary>
/// A kept operation that declares no variables is not priced again (its cost depends on its text alone), while an
/// operation of the same document that declares variables still is, with each request's values.
/// </summary>
public sealed class KeptOperationWithoutVariablesTests(SmallDocumentCacheApiFactory api) : IClassFixture<SmallDocumentCacheApiFactory>
{
    // Each measure's list of units costs the default page size (20): 5 measures cost about 100, 100 cost about 2000.
    private const string TwoOperations = """
        query FiveMeasures { measures(first: 5) { nodes { number leadUnits { name } } } }
        query SizedMeasures($size: Int) { measures(first: $size) { nodes { number leadUnits { name } } } }
        """;

    [Fact]
    public async Task An_operation_without_variables_answers_alike_from_the_cache_and_its_sibling_with_variables_is_still_priced()
    {
        var (firstStatus, first) = await api.PostAsync(new { query = TwoOperations, operationName = "FiveMeasures" });
        var (againStatus, again) = await api.PostAsync(new { query = TwoOperations, operationName = "FiveMeasures" });
        var (smallStatus, small) = await api.PostAsync(new { query = TwoOperations, operationName = "SizedMeasures", variables = new { size = 5 } });
        var (largeStatus, large) = await api.PostAsync(new { query = TwoOperations, operationName = "SizedMeasures", variables = new { size = 100 } });

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], new[] { firstStatus, againStatus, smallStatus });
        Assert.Equal(5, first["data"]!["measures"]!["nodes"]!.AsArray().Count);
        Assert.Equal(first.ToJsonString(), again.ToJsonString());
        Assert.Equal(first.ToJsonString(), small.ToJsonString());
        Assert.Equal(HttpStatusCode.BadRequest, largeStatus);
        Assert.Equal(["MAX_COMPLEXITY_EXCEEDED"], large.ErrorCodes());
    }
}
