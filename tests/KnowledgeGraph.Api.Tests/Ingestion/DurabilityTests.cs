using System.Text;
using KnowledgeGraph.Domain.Graph;

namespace KnowledgeGraph.Api.Tests.Ingestion;

/// <summary>What the mutation acknowledged is on disk before it answers, and a restart serves it again.</summary>
public sealed class DurabilityTests : IDisposable
{
    private readonly TemporaryDataDirectory _dataDirectory = new();

    public void Dispose() => _dataDirectory.Dispose();

    private static async Task<int> PlanCountAsync(IngestionApiFactory api, string fileName)
    {
        var (_, body) = await api.PostAsync(
            $$"""{ documents(where: { fileName: { eq: "{{fileName}}" } }) { nodes { plans { title } } } }""", apiKey: null);
        var documents = body["data"]!["documents"]!["nodes"]!.AsArray();
        return documents.Count == 0 ? -1 : documents[0]!["plans"]!.AsArray().Count;
    }

    [Fact]
    public async Task An_acknowledged_document_survives_a_restart()
    {
        var text = SeedText.CopyNamed(SeedText.Liangshan, "kept.txt");
        var expectedPlans = SeedText.Extract("kept.txt", text).Count(NodeLabels.Plan);
        using (var before = new IngestionApiFactory(_dataDirectory.Path))
        {
            await before.IngestAsync("kept.txt", text);
        }

        using var after = new IngestionApiFactory(_dataDirectory.Path);

        Assert.Equal(expectedPlans, await PlanCountAsync(after, "kept.txt"));
    }

    [Fact]
    public async Task A_data_directory_configured_with_a_trailing_separator_keeps_and_verifies_documents()
    {
        var text = SeedText.CopyNamed(SeedText.Liangshan, "slash.txt");
        var configured = _dataDirectory.Path + Path.DirectorySeparatorChar;
        using (var before = new IngestionApiFactory(configured))
        {
            Assert.Null((await before.IngestAsync("slash.txt", text))["errors"]);
        }

        await File.WriteAllTextAsync(Path.Combine(_dataDirectory.Path, "slash.txt"), "（被截断）");
        using var after = new IngestionApiFactory(configured);

        Assert.Equal(-1, await PlanCountAsync(after, "slash.txt"));
        Assert.Empty(_dataDirectory.FileNames());
    }

    [Fact]
    public async Task A_kept_document_replaces_the_seed_of_the_same_name_after_a_restart()
    {
        var revisedPlans = SeedText.Extract(SeedText.LiangshanFileName, SeedText.LiangshanFirstHalf).Count(NodeLabels.Plan);
        using (var before = new IngestionApiFactory(_dataDirectory.Path))
        {
            await before.IngestAsync(SeedText.LiangshanFileName, SeedText.LiangshanFirstHalf);
        }

        using var after = new IngestionApiFactory(_dataDirectory.Path);

        Assert.True(revisedPlans < SeedText.Extract(SeedText.LiangshanFileName, SeedText.Liangshan).Count(NodeLabels.Plan));
        Assert.Equal(revisedPlans, await PlanCountAsync(after, SeedText.LiangshanFileName));
    }

    [Fact]
    public async Task A_half_written_temporary_file_left_by_a_killed_process_is_never_loaded_and_is_removed()
    {
        Directory.CreateDirectory(_dataDirectory.Path);
        var leftover = Path.Combine(_dataDirectory.Path, $".interrupted.txt.{Guid.NewGuid():N}.tmp");
        var half = Encoding.UTF8.GetBytes(SeedText.Liangshan);
        await File.WriteAllBytesAsync(leftover, half[..(half.Length / 2)]);

        using var api = new IngestionApiFactory(_dataDirectory.Path);

        Assert.Equal(-1, await PlanCountAsync(api, "interrupted.txt"));
        Assert.False(File.Exists(leftover));
        Assert.Empty(_dataDirectory.FileNames());
    }

    [Fact]
    public async Task A_document_is_kept_as_one_complete_file_and_its_checksum_with_no_temporary_file_beside_them()
    {
        using var api = new IngestionApiFactory(_dataDirectory.Path);
        var text = SeedText.CopyNamed(SeedText.Liangshan, "complete.txt");

        await api.IngestAsync("complete.txt", text);

        Assert.Equal(["complete.txt", "complete.txt.sha256"], _dataDirectory.FileNames());
        Assert.Equal(text, await File.ReadAllTextAsync(Path.Combine(_dataDirectory.Path, "complete.txt")));
        Assert.Equal(
            $"{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text)))}  complete.txt\n",
            await File.ReadAllTextAsync(Path.Combine(_dataDirectory.Path, "complete.txt.sha256")));
    }
}
