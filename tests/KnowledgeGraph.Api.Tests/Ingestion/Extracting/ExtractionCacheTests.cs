using KnowledgeGraph.Api.Ingestion.Extracting;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Api.Tests.Ingestion.Extracting;

/// <summary>
/// The extraction cache gives back exactly what extraction gave, and only for the very document and extractor that
/// gave it: a changed text, a new name or another extractor version finds nothing, and a damaged entry is ignored with
/// a log line. Each new <see cref="ExtractionCache"/> on the folder is a restart.
/// </summary>
public sealed class ExtractionCacheTests : IDisposable
{
    private const string Version = "extractor-1";

    private static readonly SourceDocument Notice = new(SeedText.LiangshanFileName, SeedText.Liangshan);

    private readonly TemporaryDataDirectory _folder = new();
    private readonly CollectingLogger<ExtractionCache> _log = new();

    public void Dispose() => _folder.Dispose();

    private ExtractionCache Cache(string version = Version) => new(_folder.Path, version, _log);

    [Fact]
    public void A_kept_batch_is_found_after_a_restart_as_extraction_gave_it()
    {
        var extracted = ExtractionPipeline.Default.Extract(Notice);
        Cache().Keep(Notice, extracted);

        var found = Cache().Find(Notice);

        Assert.NotNull(found);
        Assert.Equal(BatchDump.Of(extracted), BatchDump.Of(found));
    }

    [Fact]
    public void A_changed_text_finds_nothing()
    {
        Cache().Keep(Notice, ExtractionPipeline.Default.Extract(Notice));

        Assert.Null(Cache().Find(Notice with { Text = SeedText.LiangshanFirstHalf }));
    }

    [Fact]
    public void The_same_text_under_another_name_finds_nothing()
    {
        Cache().Keep(Notice, ExtractionPipeline.Default.Extract(Notice));

        Assert.Null(Cache().Find(Notice with { FileName = "renamed.txt" }));
    }

    [Fact]
    public void Another_extractor_version_finds_nothing()
    {
        Cache().Keep(Notice, ExtractionPipeline.Default.Extract(Notice));

        Assert.Null(Cache("extractor-2").Find(Notice));
    }

    public static TheoryData<string> Damages => ["truncated", "one byte changed", "emptied"];

    [Theory]
    [MemberData(nameof(Damages))]
    public void A_damaged_entry_is_ignored_with_a_log_line(string damage)
    {
        Cache().Keep(Notice, ExtractionPipeline.Default.Extract(Notice));
        var entry = Assert.Single(Directory.GetFiles(_folder.Path));
        var bytes = File.ReadAllBytes(entry);
        File.WriteAllBytes(entry, damage switch
        {
            "truncated" => bytes[..(bytes.Length / 2)],
            "one byte changed" => [.. bytes[..1000], (byte)(bytes[1000] ^ 0x20), .. bytes[1001..]],
            _ => [],
        });

        Assert.Null(Cache().Find(Notice));

        var message = Assert.Single(_log.Messages);
        Assert.Equal($"Ignored the damaged extraction cache entry {entry} of {Notice.FileName}; extracting the document again", message);
    }

    [Fact]
    public void Entries_not_used_since_start_up_are_deleted_and_used_ones_stay()
    {
        var revised = Notice with { Text = SeedText.LiangshanFirstHalf };
        var added = Notice with { FileName = "added.txt" };
        var before = Cache();
        before.Keep(Notice, ExtractionPipeline.Default.Extract(Notice));
        before.Keep(revised, ExtractionPipeline.Default.Extract(revised));
        var restarted = Cache();
        Assert.NotNull(restarted.Find(Notice));
        restarted.Keep(added, ExtractionPipeline.Default.Extract(added));

        restarted.DeleteUnused();

        var afterCleanUp = Cache();
        Assert.NotNull(afterCleanUp.Find(Notice));
        Assert.NotNull(afterCleanUp.Find(added));
        Assert.Null(afterCleanUp.Find(revised));
        Assert.Equal(2, Directory.GetFiles(_folder.Path).Length);
    }
}
