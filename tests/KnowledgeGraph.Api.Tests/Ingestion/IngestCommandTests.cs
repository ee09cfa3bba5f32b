using System.Text;
using KnowledgeGraph.Api.Commands;
using KnowledgeGraph.Api.Extensions;
using KnowledgeGraph.Api.Ingestion;
using KnowledgeGraph.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Spectre.Console.Testing;

namespace KnowledgeGraph.Api.Tests.Ingestion;

/// <summary>
/// The <c>ingest</c> command, run in process against an application built as Program.cs builds it (without starting
/// the web server), on a folder of documents of the test's making.
/// </summary>
public sealed class IngestCommandTests : IDisposable
{
    private readonly TemporaryDataDirectory _dataDirectory = new();
    private readonly TemporaryDataDirectory _documents = new();

    public IngestCommandTests() => Directory.CreateDirectory(Path.Combine(_documents.Path, "nested"));

    public void Dispose()
    {
        _dataDirectory.Dispose();
        _documents.Dispose();
    }

    private WebApplication BuildApp()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["KnowledgeGraph:DocumentsPath"] = RepositoryPaths.SeedDocuments,
            ["KnowledgeGraph:PersistedOperations:Path"] = RepositoryPaths.PersistedOperations,
            ["KnowledgeGraph:DataDir"] = _dataDirectory.Path,
        });
        builder.AddKnowledgeGraph();
        return builder.Build();
    }

    private string Write(string relativePath, byte[] content)
    {
        var path = Path.Combine(_documents.Path, relativePath);
        File.WriteAllBytes(path, content);
        return path;
    }

    private string Write(string relativePath, string text) => Write(relativePath, Encoding.UTF8.GetBytes(text));

    private async Task<(int ExitCode, string Output)> RunAsync(params string[] paths)
    {
        await using var app = BuildApp();
        var console = new TestConsole().Width(1000);
        var exitCode = await IngestCommand.RunAsync(
            app.Services, [.. paths.Select(path => Directory.Exists(path) ? (FileSystemInfo)new DirectoryInfo(path) : new FileInfo(path))], console, CancellationToken.None);
        return (exitCode, console.Output);
    }

    [Fact]
    public async Task The_command_line_ingests_a_folder_recursively_and_exits_0()
    {
        Write("one.txt", SeedText.CopyNamed(SeedText.Liangshan, "one.txt"));
        Write(Path.Combine("nested", "two.txt"), SeedText.LiangshanFirstHalf);
        Write(Path.Combine("nested", "notes.md"), "not a document");
        await using var app = BuildApp();

        var exitCode = await app.RunCommandAsync(["ingest", _documents.Path]);

        Assert.Equal(0, exitCode);
        Assert.Equal(["one.txt", "one.txt.sha256", "two.txt", "two.txt.sha256"], _dataDirectory.FileNames());
    }

    [Fact]
    public async Task The_command_line_refuses_a_path_that_does_not_exist()
    {
        await using var app = BuildApp();

        var exitCode = await app.RunCommandAsync(["ingest", Path.Combine(_documents.Path, "missing")]);

        Assert.Equal(ExitCodes.UsageError, exitCode);
        Assert.Empty(_dataDirectory.FileNames());
    }

    [Fact]
    public async Task The_summary_counts_documents_nodes_and_relationships_and_names_the_data_directory()
    {
        var newText = SeedText.CopyNamed(SeedText.Liangshan, "new.txt");
        var newDocument = Write("new.txt", newText);
        // The same name and text as a seed: already served, so unchanged.
        var seedCopy = Write(SeedText.LiangshanFileName, SeedText.Liangshan);
        var batch = SeedText.Extract("new.txt", newText);

        var (exitCode, output) = await RunAsync(newDocument, seedCopy);

        Assert.Equal(0, exitCode);
        Assert.Contains("Documents: 2 ingested (1 new, 0 revised, 1 unchanged), 0 failed.", output, StringComparison.Ordinal);
        Assert.Matches($@"nodes\s*│\s*{batch.Nodes.Count}\s*│\s*0\s*│\s*{batch.Nodes.Count}\s*│\s*0", output);
        Assert.Matches($@"relationships\s*│\s*{batch.Relationships.Count}\s*│\s*0\s*│\s*{batch.Relationships.Count}\s*│\s*0", output);
        Assert.Contains($"Kept in {_dataDirectory.Path}", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_document_is_reported_with_its_code_and_makes_the_exit_code_1()
    {
        Write("good.txt", SeedText.CopyNamed(SeedText.Liangshan, "good.txt"));
        Write("empty.txt", "");
        Write(Path.Combine("nested", "binary.txt"), [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]);
        Write(Path.Combine("nested", "latin1.txt"), Encoding.Latin1.GetBytes("Ça coûte très cher à Chengdu, répète-t-il."));

        var (exitCode, output) = await RunAsync(_documents.Path);

        Assert.Equal(ExitCodes.SomeRefused, exitCode);
        Assert.Contains("1 ingested", output, StringComparison.Ordinal);
        Assert.Contains("3 failed", output, StringComparison.Ordinal);
        Assert.Contains("empty.txt: EMPTY_DOCUMENT", output, StringComparison.Ordinal);
        Assert.Contains("binary.txt: BINARY_CONTENT", output, StringComparison.Ordinal);
        Assert.Contains("latin1.txt: INVALID_ENCODING", output, StringComparison.Ordinal);
        Assert.Equal(["good.txt", "good.txt.sha256"], _dataDirectory.FileNames());
    }

    [Fact]
    public async Task A_GBK_file_is_decoded_kept_as_UTF8_and_reported_with_a_warning()
    {
        const string text = "凉山州教育体育局关于做好2024年学前教育工作的通知\n各县（市）教育体育局：现将有关事项通知如下。";
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var file = Write("gbk.txt", Encoding.GetEncoding("GBK").GetBytes(text));

        var (exitCode, output) = await RunAsync(file);

        Assert.Equal(0, exitCode);
        Assert.Contains("gbk.txt: DECODED_FROM_GB18030", output, StringComparison.Ordinal);
        Assert.Equal(text, await File.ReadAllTextAsync(Path.Combine(_dataDirectory.Path, "gbk.txt"), Encoding.UTF8));
    }

    [Fact]
    public async Task Two_files_of_one_name_in_a_run_keep_the_first_and_reject_the_second()
    {
        var first = SeedText.CopyNamed(SeedText.Liangshan, "same.txt");
        Write("same.txt", first);
        Write(Path.Combine("nested", "same.txt"), SeedText.LiangshanFirstHalf);

        var (exitCode, output) = await RunAsync(Path.Combine(_documents.Path, "same.txt"), Path.Combine(_documents.Path, "nested", "same.txt"));

        Assert.Equal(ExitCodes.SomeRefused, exitCode);
        Assert.Contains("same.txt: INVALID_FILE_NAME", output, StringComparison.Ordinal);
        Assert.Equal(first, await File.ReadAllTextAsync(Path.Combine(_dataDirectory.Path, "same.txt")));
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_rejected_before_it_is_read()
    {
        var file = Write("big.txt", new byte[(10 * 1024 * 1024) + 1]);

        var (exitCode, output) = await RunAsync(file);

        Assert.Equal(ExitCodes.NothingDone, exitCode);
        Assert.Contains("big.txt: DOCUMENT_TOO_LARGE", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_file_with_the_text_of_the_first_is_refused_as_a_duplicate_naming_it()
    {
        var text = SeedText.CopyNamed(SeedText.LiangshanFirstHalf, "plan.txt");
        Write("plan.txt", text);
        Write("plan_downloaded_again.txt", text);

        var (exitCode, output) = await RunAsync(_documents.Path);

        Assert.Equal(1, exitCode);
        Assert.Contains("plan_downloaded_again.txt: DUPLICATE_DOCUMENT: 'plan_downloaded_again.txt' has exactly the text of 'plan.txt'", output, StringComparison.Ordinal);
        Assert.Equal(["plan.txt", "plan.txt.sha256"], _dataDirectory.FileNames());
    }

    [Fact]
    public async Task A_file_with_the_text_of_a_document_kept_by_an_earlier_run_or_of_a_seed_is_refused_as_a_duplicate()
    {
        var text = SeedText.CopyNamed(SeedText.LiangshanFirstHalf, "plan.txt");
        Assert.Equal(0, (await RunAsync(Write("plan.txt", text))).ExitCode);
        var again = Write("plan_downloaded_again.txt", text);
        var seedCopy = Write("copy_of_a_seed.txt", SeedText.Liangshan);

        var (exitCode, output) = await RunAsync(again, seedCopy);

        Assert.Equal(ExitCodes.NothingDone, exitCode);
        Assert.Contains("plan_downloaded_again.txt: DUPLICATE_DOCUMENT", output, StringComparison.Ordinal);
        Assert.Contains($"copy_of_a_seed.txt: DUPLICATE_DOCUMENT: 'copy_of_a_seed.txt' has exactly the text of '{SeedText.LiangshanFileName}'", output, StringComparison.Ordinal);
        Assert.Equal(["plan.txt", "plan.txt.sha256"], _dataDirectory.FileNames());
    }

    [Fact]
    public async Task A_file_of_only_a_byte_order_mark_and_zero_width_characters_is_empty()
    {
        var file = Write("invisible.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("\u200B\u200D\n\u2060")]);

        var (exitCode, output) = await RunAsync(file);

        Assert.Equal(ExitCodes.NothingDone, exitCode);
        Assert.Contains("invisible.txt: EMPTY_DOCUMENT", output, StringComparison.Ordinal);
        Assert.Empty(_dataDirectory.FileNames());
    }

    [Fact]
    public async Task A_kept_document_damaged_since_the_last_run_is_reported_as_set_aside()
    {
        var text = SeedText.CopyNamed(SeedText.LiangshanFirstHalf, "plan.txt");
        Assert.Equal(ExitCodes.Success, (await RunAsync(Write("plan.txt", text))).ExitCode);
        File.AppendAllText(Path.Combine(_dataDirectory.Path, "plan.txt"), "一行后加的字");

        var (exitCode, output) = await RunAsync(Write("other.txt", SeedText.CopyNamed(SeedText.LiangshanFirstHalf, "other.txt")));

        Assert.Equal(ExitCodes.Success, exitCode);
        var line = Assert.Single(output.Split('\n'), line => line.StartsWith("set aside: ", StringComparison.Ordinal));
        Assert.Contains($"{Path.DirectorySeparatorChar}plan.txt: CHECKSUM_MISMATCH: ", line, StringComparison.Ordinal);
        Assert.Equal(["other.txt", "other.txt.sha256"], _dataDirectory.FileNames());
    }

    [Fact]
    public async Task A_folder_without_documents_shows_no_progress()
    {
        var (exitCode, output) = await RunAsync(Path.Combine(_documents.Path, "nested"));

        Assert.Equal(ExitCodes.NothingDone, exitCode);
        Assert.DoesNotContain("Ingest", output, StringComparison.Ordinal);
        Assert.Contains("No documents found", output, StringComparison.Ordinal);
    }
}
