using System.Text;

namespace KnowledgeGraph.Api.Tests.Ingestion;

/// <summary>
/// The size limit is inclusive: a document of exactly the configured limit
/// (<see cref="IngestionApiFactory.MaxDocumentBytes"/>) is ingested; one byte more is refused with DOCUMENT_TOO_LARGE
/// (<see cref="BadInputTests"/>).
/// </summary>
public sealed class DocumentSizeLimitTests(IngestionFixture fixture) : IClassFixture<IngestionFixture>
{
    [Fact]
    public async Task Text_of_exactly_the_size_limit_is_ingested()
    {
        // 字 takes three bytes of UTF-8; ASCII digits make up the rest.
        var characters = (int)(IngestionApiFactory.MaxDocumentBytes / 3);
        var text = new string('字', characters) + new string('1', (int)(IngestionApiFactory.MaxDocumentBytes - (3 * characters)));
        Assert.Equal(IngestionApiFactory.MaxDocumentBytes, Encoding.UTF8.GetByteCount(text));

        var payload = await fixture.Api.IngestAsync("at_the_limit.txt", text);

        Assert.Null(payload["errors"]);
        Assert.Equal("at_the_limit.txt", payload["document"]!["fileName"]!.GetValue<string>());
    }
}
