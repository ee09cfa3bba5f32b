using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Api.Tests.Ingestion;
using KnowledgeGraph.Extraction;

namespace KnowledgeGraph.Api.Tests.Queries;

/// <summary>A document's text is the text its evidence offsets index, so a fact can be shown where it was read.</summary>
[Collection(SeededApi.Name)]
public sealed class DocumentTextTests(KnowledgeGraphApiFactory api)
{
    [Fact]
    public async Task Every_evidence_span_of_a_units_responsibilities_is_its_snippet_in_the_documents_text()
    {
        var data = await api.DataAsync("""
            {
              units(where: { name: { eq: "凉山州财政局" } }) {
                nodes {
                  measuresConnection(first: 100) {
                    edges { properties { evidence { offset length snippet document { text } } } }
                  }
                }
              }
            }
            """);
        var evidence = data["units"]!["nodes"]![0]!["measuresConnection"]!["edges"]!.AsArray()
            .Select(edge => edge!["properties"]!["evidence"]!)
            .ToList();

        Assert.NotEmpty(evidence);
        Assert.All(evidence, span => Assert.Equal(
            span["snippet"]!.GetValue<string>(),
            span["document"]!["text"]!.GetValue<string>().Substring(span["offset"]!.GetValue<int>(), span["length"]!.GetValue<int>())));
    }

    [Fact]
    public async Task A_document_ingested_again_under_a_seeds_name_shows_the_kept_revision_as_extraction_normalises_it()
    {
        using var dataDirectory = new TemporaryDataDirectory();
        await using var ingestionApi = new IngestionApiFactory(dataDirectory.Path);
        const string Query = """
            query ($fileName: String!) { documents(where: { fileName: { eq: $fileName } }) { nodes { text } } }
            """;
        var variables = new { fileName = SeedText.LiangshanFileName };
        var before = (await ingestionApi.DataAsync(Query, variables))["documents"]!["nodes"]![0]!["text"]!.GetValue<string>();

        await ingestionApi.IngestAsync(SeedText.LiangshanFileName, SeedText.LiangshanFirstHalf);
        var after = (await ingestionApi.DataAsync(Query, variables))["documents"]!["nodes"]![0]!["text"]!.GetValue<string>();

        Assert.Equal(ExtractionPipeline.Default.Normalize(SeedText.Liangshan).Text, before);
        Assert.Equal(ExtractionPipeline.Default.Normalize(SeedText.LiangshanFirstHalf).Text, after);
    }
}
