using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Extraction;

namespace KnowledgeGraph.Api.Commands;

/// <summary>What a document yields as indented UTF-8 JSON with Chinese text unescaped, for people checking the extractor.</summary>
public static class ExtractionJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// The normalised paragraphs (with the offsets evidence refers to), then the batch's nodes (id, label,
    /// properties) and relationships (id, type, ends, properties), in extraction order.
    /// </summary>
    public static string Write(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var batch = ExtractionPipeline.ToBatch(context);
        var shape = new
        {
            documentId = batch.DocumentId,
            paragraphs = context.Text.Paragraphs.Select(p => new { offset = p.Span.Start, text = p.Text }),
            nodes = batch.Nodes.Select(n => new { id = n.Id, label = n.Label, properties = n.Properties }),
            relationships = batch.Relationships.Select(r => new { id = r.Id, type = r.Type, start = r.StartId, end = r.EndId, properties = r.Properties }),
        };
        return JsonSerializer.Serialize(shape, Options) + "\n";
    }
}
