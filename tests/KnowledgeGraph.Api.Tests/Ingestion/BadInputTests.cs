using System.Text.Json.Nodes;
using KnowledgeGraph.Api.Ingestion;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.Ingestion;

/// <summary>Bad input gets a clear, coded error in the payload and changes nothing: not the graph, not the data directory.</summary>
public sealed class BadInputTests(IngestionFixture fixture) : IClassFixture<IngestionFixture>
{
    private async Task<JsonObject> RejectedAsync(string fileName, string text, string expectedCode)
    {
        var sizeBefore = await fixture.Api.GraphSizeAsync();
        var keptBefore = fixture.DataDirectory.FileNames();

        var payload = await fixture.Api.IngestAsync(fileName, text);

        Assert.Equal([expectedCode], payload.PayloadErrorCodes());
        Assert.Equal(expectedCode, payload["errors"]![0]!["code"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(payload["errors"]![0]!["message"]!.GetValue<string>()));
        Assert.Null(payload["document"]);
        Assert.Equal((0, 0, 0, 0), payload.Counts("nodes"));
        Assert.Equal(sizeBefore, await fixture.Api.GraphSizeAsync());
        Assert.Equal(keptBefore, fixture.DataDirectory.FileNames());
        return payload;
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\t\r\n　")]
    [InlineData("\uFEFF")]
    [InlineData("\u200B\u200C\u200D")]
    [InlineData("\uFEFF \n\u2060\t\u200B")]
    public async Task Empty_text_is_rejected(string text)
    {
        var payload = await RejectedAsync("empty.txt", text, "EMPTY_DOCUMENT");

        Assert.Equal("EmptyDocumentError", payload["errors"]![0]!["__typename"]!.GetValue<string>());
    }

    [Fact]
    public async Task Text_over_the_size_limit_is_rejected_with_both_sizes()
    {
        var text = new string('字', (int)(IngestionApiFactory.MaxDocumentBytes / 3) + 1);

        var payload = await RejectedAsync("huge.txt", text, "DOCUMENT_TOO_LARGE");

        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(text), payload["errors"]![0]!["bytes"]!.GetValue<long>());
        Assert.Equal(IngestionApiFactory.MaxDocumentBytes, payload["errors"]![0]!["maxBytes"]!.GetValue<long>());
    }

    [Theory]
    [InlineData("凉山州\0教育", 3)]
    [InlineData("\u0001\u0002binary", 0)]
    [InlineData("text with a bell\u0007", 16)]
    public async Task Binary_content_is_rejected_with_the_offset_of_the_first_control_character(string text, int offset)
    {
        var payload = await RejectedAsync("binary.txt", text, "BINARY_CONTENT");

        Assert.Equal(offset, payload["errors"]![0]!["offset"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("../escape.txt")]
    [InlineData("..")]
    [InlineData("folder/notice.txt")]
    [InlineData("folder\\notice.txt")]
    [InlineData("/etc/passwd.txt")]
    [InlineData("notice.pdf")]
    [InlineData("notice.TXT")]
    [InlineData(".txt")]
    [InlineData(".hidden.txt")]
    [InlineData("what?.txt")]
    [InlineData("tab\there.txt")]
    [InlineData(" padded.txt")]
    [InlineData("")]
    [InlineData("invoice\u202Etxt.exe.txt")]
    [InlineData("left\u2066to\u2069right.txt")]
    [InlineData("mark\u200Fed.txt")]
    [InlineData("zero\u200Bwidth.txt")]
    [InlineData("\uFEFFbom.txt")]
    [InlineData("next\u0085line.txt")]
    [InlineData("CON.txt")]
    [InlineData("con.txt")]
    [InlineData("NUL.notes.txt")]
    [InlineData("Aux .txt")]
    [InlineData("COM1.txt")]
    [InlineData("lpt9.txt")]
    [InlineData("COM¹.txt")]
    public async Task A_file_name_that_is_not_a_plain_txt_name_is_rejected(string fileName)
    {
        var payload = await RejectedAsync(fileName, SeedText.Liangshan, "INVALID_FILE_NAME");

        Assert.Equal(fileName, payload["errors"]![0]!["fileName"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(payload["errors"]![0]!["reason"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_file_name_with_half_a_surrogate_pair_is_rejected_not_thrown_on()
    {
        // JSON parsers refuse "\ud800" before it reaches the mutation, so only an in-process caller can send one.
        var ingestor = fixture.Api.Services.GetRequiredService<DocumentIngestor>();
        var keptBefore = fixture.DataDirectory.FileNames();

        var result = await ingestor.IngestTextAsync("broken\uD800.txt", SeedText.Liangshan);

        Assert.Equal("INVALID_FILE_NAME", Assert.Single(result.Errors).Code);
        Assert.Equal(keptBefore, fixture.DataDirectory.FileNames());
    }

    [Fact]
    public async Task Form_feeds_and_tabs_are_text_not_binary()
    {
        var payload = await fixture.Api.IngestAsync("page_breaks.txt", "第一页\t内容\f第二页内容\r\n");

        Assert.Null(payload["errors"]);
    }
}
