using KnowledgeGraph.Api.Commands;
using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Api.Tests.Ingestion;

namespace KnowledgeGraph.Api.Tests.Commands;

/// <summary>
/// What <c>ingest</c> says and exits with when it ingests all, some or none of what it was given: "Kept in" only when
/// something was kept. Run as a user runs the built service, on a folder of the test's making.
/// </summary>
public sealed class IngestOutcomeTests : IDisposable
{
    private readonly TemporaryDataDirectory _documents = new();
    private readonly TemporaryDataDirectory _dataDirectory = new();

    public IngestOutcomeTests() => Directory.CreateDirectory(_documents.Path);

    public void Dispose()
    {
        _documents.Dispose();
        _dataDirectory.Dispose();
    }

    private Task<CommandOutcome> IngestAsync() =>
        ApiCommandLine.RunAsync(["ingest", _documents.Path], _documents.Path, ApiCommandLine.SeededEnvironment(_dataDirectory.Path));

    private void Write(string fileName, string text) => File.WriteAllText(Path.Combine(_documents.Path, fileName), text);

    [Fact]
    public async Task A_folder_without_documents_says_none_were_found_and_exits_3()
    {
        Write("notes.md", SeedText.Liangshan);

        var outcome = await IngestAsync();

        Assert.Equal(ExitCodes.NothingDone, outcome.ExitCode);
        Assert.Contains("No documents found", outcome.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("nothing was ingested", outcome.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("Kept in", outcome.StandardOutput, StringComparison.Ordinal);
        Assert.Empty(_dataDirectory.FileNames());
    }

    [Fact]
    public async Task Documents_that_are_all_refused_say_nothing_was_ingested_and_exit_3()
    {
        Write("empty.txt", "");
        Write("blank.txt", "  \n");

        var outcome = await IngestAsync();

        Assert.Equal(ExitCodes.NothingDone, outcome.ExitCode);
        Assert.Contains("Documents: 0 ingested (0 new, 0 revised, 0 unchanged), 2 failed.", outcome.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("Nothing was ingested: every document was refused", outcome.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("Kept in", outcome.StandardOutput, StringComparison.Ordinal);
        Assert.Empty(_dataDirectory.FileNames());
    }

    [Fact]
    public async Task Documents_of_which_some_are_refused_say_where_the_rest_is_kept_and_exit_1()
    {
        Write("empty.txt", "");
        Write("notice.txt", SeedText.CopyNamed(SeedText.Liangshan, "notice.txt"));

        var outcome = await IngestAsync();

        Assert.Equal(ExitCodes.SomeRefused, outcome.ExitCode);
        Assert.Contains("Documents: 1 ingested (1 new, 0 revised, 0 unchanged), 1 failed.", outcome.StandardOutput, StringComparison.Ordinal);
        Assert.Contains($"Kept in {_dataDirectory.Path}: the service loads these documents when it starts (restart a running service to serve them).", outcome.StandardOutput, StringComparison.Ordinal);
        Assert.Contains($"error: {Path.Combine(_documents.Path, "empty.txt")}: EMPTY_DOCUMENT: The document has no text.", outcome.StandardOutput, StringComparison.Ordinal);
        // The report is the command's own: the service's information log stays out of it.
        Assert.DoesNotContain("info:", outcome.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(["notice.txt", "notice.txt.sha256"], _dataDirectory.FileNames());
    }
}
