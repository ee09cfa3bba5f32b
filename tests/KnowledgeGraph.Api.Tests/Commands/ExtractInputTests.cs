using System.Text;
using System.Text.Json.Nodes;
using KnowledgeGraph.Api.Commands;
using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Api.Tests.Ingestion;

namespace KnowledgeGraph.Api.Tests.Commands;

/// <summary>
/// <c>extract</c> reads a file as <c>ingest</c> does: what ingest refuses, extract refuses with one line on stderr
/// and a non-zero exit code, and GB18030 is decoded. Run as a user runs the built service, in a folder of files.
/// </summary>
public sealed class ExtractInputTests : IDisposable
{
    private const string ChineseText = "凉山州教育体育局关于做好2024年学前教育工作的通知\n各县（市）教育体育局：现将有关事项通知如下。";

    private readonly TemporaryDataDirectory _folder = new();

    public ExtractInputTests() => Directory.CreateDirectory(Path.Combine(_folder.Path, "nested"));

    public void Dispose() => _folder.Dispose();

    private Task<CommandOutcome> ExtractAsync(string path) =>
        ApiCommandLine.RunAsync(["extract", path], _folder.Path, ApiCommandLine.SeededEnvironment(Path.Combine(_folder.Path, "data")));

    private void Write(string fileName, byte[] content) => File.WriteAllBytes(Path.Combine(_folder.Path, fileName), content);

    [Theory]
    [InlineData("missing.txt", "'missing.txt' does not exist.")]
    [InlineData("nested", "'nested' is a folder; extract reads one file (ingest takes folders).")]
    public async Task A_path_that_is_no_file_is_a_usage_error_named_on_stderr(string path, string error)
    {
        var outcome = await ExtractAsync(path);

        Assert.Equal(ExitCodes.UsageError, outcome.ExitCode);
        Assert.Equal(error, outcome.ErrorLines[0]);
        Assert.Contains("Usage:", outcome.StandardError, StringComparison.Ordinal);
        Assert.Empty(outcome.StandardOutput);
    }

    [Theory]
    [InlineData("empty.txt", new byte[0], "EMPTY_DOCUMENT: The document has no text.")]
    [InlineData("blank.txt", new byte[] { 0x20, 0x0A, 0x20 }, "EMPTY_DOCUMENT: The document has no text.")]
    [InlineData("archive.txt", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00 }, "BINARY_CONTENT: The document holds a control character at offset 2")]
    [InlineData("latin1.txt", new byte[] { 0xC7, 0x61, 0x20, 0x63, 0x6F, 0xFB, 0x74, 0x65 }, "INVALID_ENCODING: ")]
    public async Task A_document_ingest_would_refuse_is_one_error_line_and_exit_code_3(string fileName, byte[] content, string error)
    {
        Write(fileName, content);

        var outcome = await ExtractAsync(fileName);

        Assert.Equal(ExitCodes.NothingDone, outcome.ExitCode);
        var line = Assert.Single(outcome.ErrorLines);
        Assert.StartsWith($"error: {fileName}: {error}", line, StringComparison.Ordinal);
        Assert.Empty(outcome.StandardOutput);
    }

    [Fact]
    public async Task A_GB18030_document_is_decoded_with_a_warning_on_stderr()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Write("gbk.txt", Encoding.GetEncoding("GB18030").GetBytes(ChineseText));

        var outcome = await ExtractAsync("gbk.txt");

        Assert.Equal(ExitCodes.Success, outcome.ExitCode);
        var line = Assert.Single(outcome.ErrorLines);
        Assert.StartsWith("warning: gbk.txt: DECODED_FROM_GB18030: ", line, StringComparison.Ordinal);
        var paragraphs = JsonNode.Parse(outcome.StandardOutput)!["paragraphs"]!.AsArray();
        Assert.Equal(ChineseText.Split('\n'), paragraphs.Select(paragraph => paragraph!["text"]!.GetValue<string>()));
    }
}
