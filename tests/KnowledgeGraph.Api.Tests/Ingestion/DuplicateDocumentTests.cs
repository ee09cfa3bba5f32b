namespace KnowledgeGraph.Api.Tests.Ingestion;

/// <summary>
/// The same text under a second file name (a plan downloaded again) is refused with DUPLICATE_DOCUMENT naming the
/// document that holds it, instead of counting every plan, measure and fund twice; the same name revises as before.
/// </summary>
public sealed class DuplicateDocumentTests : IDisposable
{
    private readonly TemporaryDataDirectory _dataDirectory = new();

    public void Dispose() => _dataDirectory.Dispose();

    private static string Text(string name) => SeedText.CopyNamed(SeedText.LiangshanFirstHalf, name);

    private async Task AssertRefusedAsDuplicateOfAsync(IngestionApiFactory api, string fileName, string text, string firstFileName)
    {
        var sizeBefore = await api.GraphSizeAsync();
        var keptBefore = _dataDirectory.FileNames();

        var payload = await api.IngestAsync(fileName, text);

        Assert.Equal(["DUPLICATE_DOCUMENT"], payload.PayloadErrorCodes());
        var error = payload["errors"]![0]!;
        Assert.Equal("DuplicateDocumentError", error["__typename"]!.GetValue<string>());
        Assert.Equal(fileName, error["fileName"]!.GetValue<string>());
        Assert.Equal(firstFileName, error["firstFileName"]!.GetValue<string>());
        Assert.Contains(firstFileName, error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(payload["document"]);
        Assert.Equal(sizeBefore, await api.GraphSizeAsync());
        Assert.Equal(keptBefore, _dataDirectory.FileNames());
    }

    [Fact]
    public async Task The_text_of_an_ingested_document_under_a_second_name_is_refused_naming_the_first()
    {
        using var api = new IngestionApiFactory(_dataDirectory.Path);
        await api.IngestAsync("plan.txt", Text("plan"));

        await AssertRefusedAsDuplicateOfAsync(api, "plan (1).txt", Text("plan"), "plan.txt");
    }

    [Fact]
    public async Task The_text_of_a_seed_under_another_name_is_refused_naming_the_seed()
    {
        using var api = new IngestionApiFactory(_dataDirectory.Path);

        await AssertRefusedAsDuplicateOfAsync(api, "downloaded_again.txt", SeedText.Liangshan, SeedText.LiangshanFileName);
    }

    [Fact]
    public async Task A_restarted_service_still_knows_which_document_holds_a_text()
    {
        using (var before = new IngestionApiFactory(_dataDirectory.Path))
        {
            await before.IngestAsync("plan.txt", Text("plan"));
        }

        using var after = new IngestionApiFactory(_dataDirectory.Path);

        await AssertRefusedAsDuplicateOfAsync(after, "plan (1).txt", Text("plan"), "plan.txt");
    }

    [Fact]
    public async Task Once_a_document_is_revised_its_old_text_is_free_for_another_name()
    {
        using var api = new IngestionApiFactory(_dataDirectory.Path);
        await api.IngestAsync("draft.txt", Text("draft"));
        await api.IngestAsync("draft.txt", Text("final"));

        var payload = await api.IngestAsync("draft_archived.txt", Text("draft"));

        Assert.Null(payload["errors"]);
        await AssertRefusedAsDuplicateOfAsync(api, "final.txt", Text("final"), "draft.txt");
    }

    [Fact]
    public async Task Of_two_names_sent_at_once_with_one_text_exactly_one_is_ingested()
    {
        using var api = new IngestionApiFactory(_dataDirectory.Path);
        _ = api.Server;

        var payloads = await Task.WhenAll(
            Enumerable.Range(0, 4).Select(i => Task.Run(() => api.IngestAsync($"racer_{i}.txt", Text("race")))));

        var ingested = payloads.Where(payload => payload["errors"] is null).ToList();
        var winner = Assert.Single(ingested)["document"]!["fileName"]!.GetValue<string>();
        Assert.All(payloads.Except(ingested), payload => Assert.Equal(winner, payload["errors"]![0]!["firstFileName"]!.GetValue<string>()));
        Assert.Equal([winner, winner + ".sha256"], _dataDirectory.FileNames());
    }

    [Fact]
    public async Task The_same_text_under_the_same_name_is_still_an_unchanged_revision()
    {
        using var api = new IngestionApiFactory(_dataDirectory.Path);

        var payload = await api.IngestAsync(SeedText.LiangshanFileName, SeedText.Liangshan);

        Assert.Null(payload["errors"]);
        Assert.Equal(0, payload.Counts("nodes").Added);
        Assert.True(payload.Counts("nodes").Unchanged > 0, payload.ToJsonString());
    }
}
