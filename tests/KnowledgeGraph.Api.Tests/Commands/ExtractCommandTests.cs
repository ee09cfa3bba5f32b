using System.Text.Json.Nodes;
using KnowledgeGraph.Api.Commands;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Api.Tests.Commands;

public sealed class ExtractCommandTests
{
    [Fact]
    public void Extract_prints_the_batch_as_json_with_Chinese_unescaped()
    {
        var context = ExtractionPipeline.Default.Run(
            SourceDocumentFile.Read(Path.Combine(RepositoryPaths.SeedDocuments, "004_e24c27e5441453ca.txt")));
        var batch = ExtractionPipeline.ToBatch(context);

        var json = ExtractionJson.Write(context);

        Assert.Contains("\"凉山州财政局\"", json, StringComparison.Ordinal);
        var parsed = JsonNode.Parse(json)!;
        Assert.Equal(batch.Nodes.Count, parsed["nodes"]!.AsArray().Count);
        Assert.Equal(batch.Relationships.Count, parsed["relationships"]!.AsArray().Count);
        Assert.Contains(parsed["relationships"]!.AsArray(), r => r!["type"]!.GetValue<string>() == "COVERS");
        Assert.Equal(context.Text.Paragraphs.Count, parsed["paragraphs"]!.AsArray().Count);
    }
}
