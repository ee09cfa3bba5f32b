using System.Net;
using KnowledgeGraph.Api.Limits.Documents;
using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Api.Tests.Ingestion;
using KnowledgeGraph.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.Limits;

/// <summary>The API with a small cost limit and a document cache of <see cref="DocumentCacheSize"/> characters.</summary>
public sealed class SmallDocumentCacheApiFactory : SeededApiFactory
{
    public const int DocumentCacheSize = 1_000;
    public const int MaxComplexity = 1_000;

    internal ValidatedDocumentCache Cache => Services.GetRequiredService<ValidatedDocumentCache>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("KnowledgeGraph:Limits:DocumentCacheSize", $"{DocumentCacheSize}");
        builder.UseSetting("KnowledgeGraph:Limits:MaxComplexity", $"{MaxComplexity}");
    }
}

/// <summary>
/// A document asked again skips parsing and the rules that depend on it alone, never the limits that depend on the
/// request: its variables are priced again, its method and key checked again; and documents sent by the thousand
/// cannot grow the cache past its size.
/// </summary>
public sealed class DocumentCacheTests(SmallDocumentCacheApiFactory api, IngestionFixture ingestion)
    : IClassFixture<SmallDocumentCacheApiFactory>, IClassFixture<IngestionFixture>
{
    // Each measure's list of units costs the default page size (20): 5 measures cost about 100, 100 cost about 2000.
    private const string PageOfMeasures = "query PageOfMeasures($size: Int) { measures(first: $size) { nodes { leadUnits { name } } } }";

    [Fact]
    public async Task A_kept_document_is_priced_again_with_each_request_s_variables()
    {
        var small = await api.DataAsync(PageOfMeasures, new { size = 5 });
        var keptAfterFirst = api.Cache.HeldCharacters;
        var smallAgain = await api.DataAsync(PageOfMeasures, new { size = 5 });

        var (status, body) = await api.PostAsync(new { query = PageOfMeasures, variables = new { size = 100 } });

        Assert.True(keptAfterFirst >= PageOfMeasures.Length, $"The document was not kept: {keptAfterFirst} characters held.");
        Assert.Equal(small.ToJsonString(), smallAgain.ToJsonString());
        Assert.Equal(5, smallAgain["measures"]!["nodes"]!.AsArray().Count);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["MAX_COMPLEXITY_EXCEEDED"], body.ErrorCodes());
    }

    [Fact]
    public async Task A_refused_document_is_not_kept_and_is_refused_again()
    {
        const string TooCostly = "{ refusedTwice: measures(first: 100) { nodes { leadUnits { name } } } }";

        var (firstStatus, first) = await api.PostAsync(new { query = TooCostly });
        var (secondStatus, second) = await api.PostAsync(new { query = TooCostly });

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest], new[] { firstStatus, secondStatus });
        Assert.Equal(["MAX_COMPLEXITY_EXCEEDED"], first.ErrorCodes());
        Assert.Equal(["MAX_COMPLEXITY_EXCEEDED"], second.ErrorCodes());
    }

    [Fact]
    public async Task Unique_documents_sent_by_the_hundred_never_hold_more_than_the_cache_size()
    {
        // 200 distinct documents of about 60 characters: twelve times what the cache may hold.
        for (var i = 0; i < 200; i++)
        {
            var data = await api.DataAsync($"{{ unique{i}: units(first: 1) {{ nodes {{ name }} }} }}");
            Assert.Single(data[$"unique{i}"]!["nodes"]!.AsArray());
            Assert.InRange(api.Cache.HeldCharacters, 1, SmallDocumentCacheApiFactory.DocumentCacheSize);
        }
    }

    [Fact]
    public async Task A_kept_mutation_still_needs_the_key()
    {
        // Empty text: the mutation runs (validation passed, so it is kept) and answers with a payload error.
        var input = new { input = new { fileName = "cached.txt", text = "" } };
        var (withKey, ran) = await ingestion.Api.PostAsync(IngestionClient.IngestMutation, input);

        var (withoutKey, refused) = await ingestion.Api.PostAsync(IngestionClient.IngestMutation, input, apiKey: null);

        Assert.Equal(HttpStatusCode.OK, withKey);
        Assert.Equal(["EMPTY_DOCUMENT"], ran["data"]!["ingestDocument"]!.AsObject().PayloadErrorCodes());
        Assert.Equal(HttpStatusCode.Unauthorized, withoutKey);
        Assert.Equal(["API_KEY_REQUIRED"], refused.ErrorCodes());
    }
}
