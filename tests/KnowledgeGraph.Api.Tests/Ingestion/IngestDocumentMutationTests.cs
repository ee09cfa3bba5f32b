using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.Ingestion;

public sealed class IngestDocumentMutationTests(IngestionFixture fixture) : IClassFixture<IngestionFixture>
{
    private IngestionApiFactory Api => fixture.Api;

    [Fact]
    public async Task A_new_document_is_stored_kept_on_disk_and_counted_as_added()
    {
        const string fileName = "new_liangshan.txt";
        var text = SeedText.CopyNamed(SeedText.Liangshan, fileName);
        var expected = SeedText.Extract(fileName, text);

        var payload = await Api.IngestAsync(fileName, text);

        Assert.Null(payload["errors"]);
        Assert.Equal(fileName, payload["document"]!["fileName"]!.GetValue<string>());
        Assert.Equal(expected.Count(NodeLabels.Plan), payload["document"]!["plans"]!.AsArray().Count);
        Assert.Equal((expected.Nodes.Count, 0, 0, 0), payload.Counts("nodes"));
        Assert.Equal((expected.Relationships.Count, 0, 0, 0), payload.Counts("relationships"));
        Assert.Equal(text, await File.ReadAllTextAsync(Path.Combine(fixture.DataDirectory.Path, fileName)));
    }

    [Fact]
    public async Task Ingesting_the_same_document_twice_changes_nothing_the_second_time()
    {
        const string fileName = "twice.txt";
        var text = SeedText.CopyNamed(SeedText.Liangshan, fileName);
        var first = await Api.IngestAsync(fileName, text);
        var sizeAfterFirst = await Api.GraphSizeAsync();

        var second = await Api.IngestAsync(fileName, text);

        var expected = SeedText.Extract(fileName, text);
        Assert.Equal(first["document"]!["id"]!.GetValue<string>(), second["document"]!["id"]!.GetValue<string>());
        Assert.Equal((0, 0, expected.Nodes.Count, 0), second.Counts("nodes"));
        Assert.Equal((0, 0, expected.Relationships.Count, 0), second.Counts("relationships"));
        Assert.Equal(sizeAfterFirst, await Api.GraphSizeAsync());
    }

    [Fact]
    public async Task A_revised_document_replaces_its_previous_facts_without_orphans()
    {
        const string fileName = "revised.txt";
        var originalText = SeedText.CopyNamed(SeedText.Liangshan, fileName);
        var original = SeedText.Extract(fileName, originalText);
        var revision = SeedText.Extract(fileName, SeedText.LiangshanFirstHalf);
        await Api.IngestAsync(fileName, originalText);

        var payload = await Api.IngestAsync(fileName, SeedText.LiangshanFirstHalf);

        var store = Api.Services.GetRequiredService<IGraphStore>();
        // Entities named by name (units, regions, schools …) are shared with the seed copy of the notice, which keeps
        // them; plans, measures and articles are this document's own.
        var sharedWithSeed = SeedText.Extract(SeedText.LiangshanFileName, SeedText.Liangshan).Nodes.Select(node => node.Id);
        var dropped = original.Nodes.Select(node => node.Id)
            .Except(revision.Nodes.Select(node => node.Id)).Except(sharedWithSeed).ToList();
        var measuresOfRevision = revision.Nodes.Where(node => node.Label == NodeLabels.Measure).Select(node => node.Id).ToList();
        Assert.NotEmpty(dropped);
        Assert.True(payload.Counts("nodes").Removed >= dropped.Count, payload.ToJsonString());
        Assert.Equal(revision.Count(NodeLabels.Plan), payload["document"]!["plans"]!.AsArray().Count);
        Assert.Empty(await store.GetNodesAsync(dropped));
        Assert.Equal(measuresOfRevision.Count, (await store.GetNodesAsync(measuresOfRevision)).Count);
        Assert.Equal(SeedText.LiangshanFirstHalf, await File.ReadAllTextAsync(Path.Combine(fixture.DataDirectory.Path, fileName)));
    }

    [Fact]
    public async Task A_document_in_which_nothing_is_recognised_is_accepted_with_a_warning()
    {
        var payload = await Api.IngestAsync("jottings.txt", "今天天气很好，我们去公园散步。\n没有任何公文内容。");

        Assert.Null(payload["errors"]);
        Assert.Equal("jottings.txt", payload["document"]!["fileName"]!.GetValue<string>());
        Assert.Equal(["NOTHING_RECOGNISED"], payload["warnings"]!.AsArray().Select(warning => warning!["code"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Queries_find_an_ingested_document_at_once()
    {
        await Api.IngestAsync("findable.txt", SeedText.CopyNamed(SeedText.Liangshan, "findable.txt"));

        var (_, body) = await Api.PostAsync(
            """{ documents(where: { fileName: { eq: "findable.txt" } }) { nodes { plans { title } } } }""", apiKey: null);

        Assert.NotEmpty(body["data"]!["documents"]!["nodes"]![0]!["plans"]!.AsArray());
    }

    [Fact]
    public async Task A_decomposed_file_name_is_kept_and_served_in_NFC_as_one_document_with_its_composed_twin()
    {
        // résumé as macOS writes it (e + U+0301) and as a keyboard types it (é): one name, one document.
        const string decomposed = "re\u0301sume\u0301.txt";
        const string composed = "r\u00E9sum\u00E9.txt";
        var text = SeedText.CopyNamed(SeedText.LiangshanFirstHalf, composed);

        var first = await Api.IngestAsync(decomposed, text);
        var second = await Api.IngestAsync(composed, text);

        Assert.Equal(composed, first["document"]!["fileName"]!.GetValue<string>());
        Assert.Null(second["errors"]);
        Assert.Equal(first["document"]!["id"]!.GetValue<string>(), second["document"]!["id"]!.GetValue<string>());
        Assert.Equal(0, second.Counts("nodes").Added);
        Assert.Contains(composed, fixture.DataDirectory.FileNames());
        Assert.DoesNotContain(decomposed, fixture.DataDirectory.FileNames());
    }
}
