using System.Net;
using System.Security.Cryptography;
using System.Text;
using KnowledgeGraph.Api.Tests.Ingestion;

namespace KnowledgeGraph.Api.Tests.Hosting;

/// <summary>
/// Start-up verifies the data directory instead of trusting it: a document damaged on disk after it was kept, or one
/// that ingestion would have refused, is moved to the quarantine folder (nothing deleted), named by a degraded
/// <c>/readyz</c>, and the rest of the corpus loads.
/// </summary>
public sealed class KeptDocumentVerificationTests : IDisposable
{
    private const string Healthy = "healthy.txt";
    private const string Damaged = "damaged.txt";

    private readonly TemporaryDataDirectory _dataDirectory = new();

    public void Dispose() => _dataDirectory.Dispose();

    private string PathOf(string fileName) => Path.Combine(_dataDirectory.Path, fileName);

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    // Kept through the mutation, as a running service keeps them, with their checksums.
    private async Task IngestAsync(params string[] fileNames)
    {
        using var api = new IngestionApiFactory(_dataDirectory.Path);
        foreach (var fileName in fileNames)
        {
            Assert.Null((await api.IngestAsync(fileName, SeedText.CopyNamed(SeedText.LiangshanFirstHalf, fileName)))["errors"]);
        }
    }

    // As a version that wrote no checksums kept them: the document alone.
    private void KeepWithoutChecksum(string fileName, byte[] content)
    {
        Directory.CreateDirectory(_dataDirectory.Path);
        File.WriteAllBytes(PathOf(fileName), content);
    }

    private IReadOnlyList<string> Quarantined() =>
        Directory.Exists(Path.Combine(_dataDirectory.Path, "quarantine"))
            ? [.. Directory.EnumerateFiles(Path.Combine(_dataDirectory.Path, "quarantine"), "*", SearchOption.AllDirectories).Select(Path.GetFileName).Order(StringComparer.Ordinal)!]
            : [];

    private static async Task<(HttpStatusCode Status, string Body)> ReadinessAsync(IngestionApiFactory api)
    {
        using var client = api.CreateClient();
        using var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public static TheoryData<string> Damages() => ["truncated", "one byte changed", "emptied", "appended to"];

    private static byte[] Damage(byte[] content, string damage) => damage switch
    {
        // Cut inside a three-byte character, as a disk that filled up mid-write leaves it.
        "truncated" => content[..((content.Length / 2) + 1)],
        // A UTF-8 lead byte made a continuation byte: read as text, a replacement character.
        "one byte changed" => [.. content[..100], 0x80, .. content[101..]],
        "emptied" => [],
        "appended to" => [.. content, .. "\n第九条 补充内容。\n"u8.ToArray()],
        _ => throw new ArgumentOutOfRangeException(nameof(damage)),
    };

    [Theory]
    [MemberData(nameof(Damages))]
    public async Task A_kept_document_damaged_on_disk_is_set_aside_named_by_readyz_and_the_rest_load(string damage)
    {
        await IngestAsync(Healthy, Damaged);
        var damaged = Damage(await File.ReadAllBytesAsync(PathOf(Damaged)), damage);
        await File.WriteAllBytesAsync(PathOf(Damaged), damaged);

        using var api = new IngestionApiFactory(_dataDirectory.Path);

        Assert.Equal(SeedText.SeedFileNames.Append(Healthy).Order(StringComparer.Ordinal), await api.DocumentFileNamesAsync());
        var (status, body) = await ReadinessAsync(api);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith("Degraded\n", body, StringComparison.Ordinal);
        Assert.Contains($"{Damaged}: CHECKSUM_MISMATCH", body, StringComparison.Ordinal);
        Assert.DoesNotContain(Healthy, body, StringComparison.Ordinal);
        // Moved with its checksum file, bytes untouched: an operator can compare, repair and move it back.
        Assert.Equal([Damaged, Damaged + ".sha256"], Quarantined());
        var quarantined = Directory.EnumerateFiles(Path.Combine(_dataDirectory.Path, "quarantine"), Damaged, SearchOption.AllDirectories).Single();
        Assert.Equal(damaged, await File.ReadAllBytesAsync(quarantined));
        Assert.Equal([Healthy, Healthy + ".sha256"], _dataDirectory.FileNames());
    }

    [Fact]
    public async Task A_kept_document_whose_checksum_file_was_emptied_is_set_aside_not_trusted()
    {
        await IngestAsync(Healthy, Damaged);
        await File.WriteAllTextAsync(PathOf(Damaged + ".sha256"), "");

        using var api = new IngestionApiFactory(_dataDirectory.Path);

        Assert.DoesNotContain(Damaged, await api.DocumentFileNamesAsync());
        Assert.Contains($"{Damaged}: CHECKSUM_MISMATCH: The document's checksum file is damaged", (await ReadinessAsync(api)).Body, StringComparison.Ordinal);
        Assert.Equal([Damaged, Damaged + ".sha256"], Quarantined());
    }

    [Fact]
    public async Task A_service_whose_kept_documents_all_verify_is_simply_healthy()
    {
        await IngestAsync(Healthy);

        using var api = new IngestionApiFactory(_dataDirectory.Path);

        Assert.Equal((HttpStatusCode.OK, "Healthy"), await ReadinessAsync(api));
        Assert.Contains(Healthy, await api.DocumentFileNamesAsync());
        Assert.Empty(Quarantined());
    }

    [Fact]
    public async Task A_whole_document_kept_by_a_version_without_checksums_is_loaded_and_given_its_checksum()
    {
        var content = Encoding.UTF8.GetBytes(SeedText.CopyNamed(SeedText.LiangshanFirstHalf, "legacy.txt"));
        KeepWithoutChecksum("legacy.txt", content);

        using (var api = new IngestionApiFactory(_dataDirectory.Path))
        {
            Assert.Contains("legacy.txt", await api.DocumentFileNamesAsync());
            Assert.Equal((HttpStatusCode.OK, "Healthy"), await ReadinessAsync(api));
        }

        Assert.Equal($"{Sha256(content)}  legacy.txt\n", await File.ReadAllTextAsync(PathOf("legacy.txt.sha256")));
        // From then on it is verified like any other: damage after the migration is caught.
        await File.WriteAllBytesAsync(PathOf("legacy.txt"), content[..(content.Length / 2)]);
        using var restarted = new IngestionApiFactory(_dataDirectory.Path);
        Assert.DoesNotContain("legacy.txt", await restarted.DocumentFileNamesAsync());
        Assert.Contains("legacy.txt: CHECKSUM_MISMATCH", (await ReadinessAsync(restarted)).Body, StringComparison.Ordinal);
    }

    public static TheoryData<string, byte[], string> DocumentsIngestionWouldRefuse() => new()
    {
        // Only a byte order mark and zero-width spaces: nothing to read.
        { "invisible.txt", [0xEF, 0xBB, 0xBF, .. "\u200B\u200B\n\u2060"u8.ToArray()], "EMPTY_DOCUMENT" },
        { "blank.txt", "  \n\t"u8.ToArray(), "EMPTY_DOCUMENT" },
        // Damaged UTF-8, which a lenient read would have turned into replacement characters.
        { "garbled.txt", [.. "凉山州教育"u8.ToArray()[..7], .. "体育局"u8.ToArray()], "INVALID_ENCODING" },
        { "zipped.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00], "BINARY_CONTENT" },
        // Over the limit ingestion applies (IngestionApiFactory.MaxDocumentBytes), as after the limit was lowered.
        { "huge.txt", Encoding.UTF8.GetBytes(new string('字', (int)(IngestionApiFactory.MaxDocumentBytes / 3) + 1)), "DOCUMENT_TOO_LARGE" },
        { "CON.txt", "凉山州教育体育局关于做好学前教育工作的通知"u8.ToArray(), "INVALID_FILE_NAME" },
        { "invoice\u202Etxt.exe.txt", "凉山州教育体育局关于做好学前教育工作的通知"u8.ToArray(), "INVALID_FILE_NAME" },
        // Decomposed (NFD), as macOS writes é: ingestion would have kept it under its NFC name.
        { "re\u0301sume\u0301.txt", "凉山州教育体育局关于做好学前教育工作的通知"u8.ToArray(), "INVALID_FILE_NAME" },
    };

    [Theory]
    [MemberData(nameof(DocumentsIngestionWouldRefuse))]
    public async Task A_document_without_a_checksum_that_ingestion_would_refuse_is_set_aside_with_ingestions_code(
        string fileName, byte[] content, string expectedCode)
    {
        await IngestAsync(Healthy);
        KeepWithoutChecksum(fileName, content);

        using var api = new IngestionApiFactory(_dataDirectory.Path);

        Assert.Equal(SeedText.SeedFileNames.Append(Healthy).Order(StringComparer.Ordinal), await api.DocumentFileNamesAsync());
        Assert.Contains($"{fileName}: {expectedCode}", (await ReadinessAsync(api)).Body, StringComparison.Ordinal);
        Assert.Equal([fileName], Quarantined());
    }

    [Fact]
    public async Task Kept_copies_of_one_text_load_once_and_the_later_copies_are_set_aside_naming_the_first()
    {
        var text = Encoding.UTF8.GetBytes(SeedText.CopyNamed(SeedText.LiangshanFirstHalf, "plan"));
        KeepWithoutChecksum("plan.txt", text);
        KeepWithoutChecksum("plan_downloaded_again.txt", text);
        // A copy of a seed under another name: the seed is the first, whatever the order of the names.
        KeepWithoutChecksum("000_copy_of_a_seed.txt", Encoding.UTF8.GetBytes(SeedText.Liangshan));

        using var api = new IngestionApiFactory(_dataDirectory.Path);

        Assert.Equal(SeedText.SeedFileNames.Append("plan.txt").Order(StringComparer.Ordinal), await api.DocumentFileNamesAsync());
        var readiness = (await ReadinessAsync(api)).Body;
        Assert.Contains($"000_copy_of_a_seed.txt: DUPLICATE_DOCUMENT: '000_copy_of_a_seed.txt' has exactly the text of '{SeedText.LiangshanFileName}'", readiness, StringComparison.Ordinal);
        Assert.Contains("plan_downloaded_again.txt: DUPLICATE_DOCUMENT: 'plan_downloaded_again.txt' has exactly the text of 'plan.txt'", readiness, StringComparison.Ordinal);
        // Whole, they were given their checksums before the duplicates were found, and keep them in quarantine.
        Assert.Equal(
            ["000_copy_of_a_seed.txt", "000_copy_of_a_seed.txt.sha256", "plan_downloaded_again.txt", "plan_downloaded_again.txt.sha256"],
            Quarantined());
    }

    [Fact]
    public async Task An_ingest_killed_between_keeping_the_document_and_its_checksum_is_finished_at_the_next_start()
    {
        await IngestAsync(Damaged);
        var revision = Encoding.UTF8.GetBytes(SeedText.CopyNamed(SeedText.LiangshanFirstHalf, "revision"));
        // What the kill leaves: the revision renamed into place, its checksum still staged beside the old one.
        await File.WriteAllBytesAsync(PathOf(Damaged), revision);
        await File.WriteAllTextAsync(PathOf($".{Damaged}.sha256.{Guid.NewGuid():N}.tmp"), $"{Sha256(revision)}  {Damaged}\n");

        using var api = new IngestionApiFactory(_dataDirectory.Path);

        Assert.Contains(Damaged, await api.DocumentFileNamesAsync());
        Assert.Equal((HttpStatusCode.OK, "Healthy"), await ReadinessAsync(api));
        Assert.Equal($"{Sha256(revision)}  {Damaged}\n", await File.ReadAllTextAsync(PathOf(Damaged + ".sha256")));
        Assert.Equal([Damaged, Damaged + ".sha256"], _dataDirectory.FileNames());
    }
}
