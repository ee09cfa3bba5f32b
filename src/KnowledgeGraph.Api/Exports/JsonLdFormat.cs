using System.IO.Pipelines;
using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Api.Graph.Kinds;
using KnowledgeGraph.Api.Graph.Nodes;
using KnowledgeGraph.Domain.Graph;

namespace KnowledgeGraph.Api.Exports;

/// <summary>
/// JSON-LD 1.1: one <c>@graph</c> holding every node (typed by its kind, with its properties) and every relationship
/// as a node of its own (<c>Relationship</c>, with <c>kind</c>, <c>source</c>, <c>target</c> and its evidence), so
/// that evidence travels with the edge. Terms are defined by <see cref="Context"/>, served at
/// <c>/export/context.jsonld</c>; nodes and relationships are named by URNs of their opaque ids, which do not depend on
/// the host that served them.
/// </summary>
internal static class JsonLdFormat
{
    public const string ContentType = "application/ld+json; charset=utf-8";

    /// <summary>The vocabulary every term expands into.</summary>
    public const string Vocabulary = "urn:knowledgegraph:vocab:";

    private const string NodePrefix = "urn:knowledgegraph:node:";
    private const string RelationshipPrefix = "urn:knowledgegraph:relationship:";
    private const string RelationshipClass = "Relationship";

    // Bytes written before the body is flushed to the client.
    private const int FlushThreshold = 16 * 1024;

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The IRI of a node, from its store id.</summary>
    public static string NodeIri(string nodeId) => NodePrefix + GlobalId.Encode(nodeId);

    /// <summary>The <c>@context</c> document: the vocabulary, each class and each term with its type.</summary>
    public static byte[] Context { get; } = BuildContext();

    public static async Task WriteAsync(GraphExport export, string contextUrl, PipeWriter body, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(body, WriterOptions);
        json.WriteStartObject();
        json.WriteString("@context", contextUrl);
        json.WriteStartArray("@graph");
        json.Flush();
        await body.FlushAsync(cancellationToken);
        var flushedUpTo = json.BytesCommitted;
        await foreach (var page in export.NodePagesAsync(cancellationToken))
        {
            foreach (var node in page)
            {
                json.WriteStartObject();
                json.WriteString("@id", NodeIri(node.Id));
                json.WriteString("@type", node.Label);
                WriteProperties(json, ExportProperty.NodeProperties, node.Properties);
                json.WriteEndObject();
                flushedUpTo = await FlushWhenFullAsync(json, body, flushedUpTo, cancellationToken);
            }
        }

        await foreach (var page in export.RelationshipPagesAsync(cancellationToken))
        {
            foreach (var relationship in page)
            {
                json.WriteStartObject();
                json.WriteString("@id", RelationshipPrefix + GlobalId.Encode(relationship.Id));
                json.WriteString("@type", RelationshipClass);
                json.WriteString("kind", relationship.Type);
                json.WriteString("source", NodeIri(relationship.StartId));
                json.WriteString("target", NodeIri(relationship.EndId));
                WriteProperties(json, ExportProperty.RelationshipProperties, relationship.Properties);
                json.WriteEndObject();
                flushedUpTo = await FlushWhenFullAsync(json, body, flushedUpTo, cancellationToken);
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
        await body.FlushAsync(cancellationToken);
    }

    private static void WriteProperties(Utf8JsonWriter json, IReadOnlyList<ExportProperty> properties, IReadOnlyDictionary<string, object?> values)
    {
        foreach (var property in properties)
        {
            switch (values.GetValueOrDefault(property.Name))
            {
                case null:
                    break;
                case string id when property.Kind == ExportValueKind.NodeReference:
                    json.WriteString(property.Name, NodeIri(id));
                    break;
                case long number:
                    json.WriteNumber(property.Name, number);
                    break;
                case int number:
                    json.WriteNumber(property.Name, number);
                    break;
                case bool flag:
                    json.WriteBoolean(property.Name, flag);
                    break;
                case IEnumerable<string> list:
                    json.WriteStartArray(property.Name);
                    foreach (var item in list)
                    {
                        json.WriteStringValue(item);
                    }

                    json.WriteEndArray();
                    break;
                case var value:
                    json.WriteString(property.Name, property.Format(values) ?? value.ToString());
                    break;
            }
        }
    }

    // Utf8JsonWriter hands its bytes to the pipe whenever a buffer fills, but only a flush sends them to the client and
    // lets the pipe apply back-pressure; without one the whole document would pile up in the pipe.
    private static async Task<long> FlushWhenFullAsync(Utf8JsonWriter json, PipeWriter body, long flushedUpTo, CancellationToken cancellationToken)
    {
        if (json.BytesCommitted + json.BytesPending - flushedUpTo < FlushThreshold)
        {
            return flushedUpTo;
        }

        json.Flush();
        await body.FlushAsync(cancellationToken);
        return json.BytesCommitted;
    }

    private static byte[] BuildContext()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartObject("@context");
            json.WriteNumber("@version", 1.1m);
            json.WriteString("@vocab", Vocabulary);
            json.WriteString("xsd", "http://www.w3.org/2001/XMLSchema#");
            foreach (var kind in GraphVocabulary.Labels.Append(RelationshipClass))
            {
                json.WriteString(kind, Vocabulary + kind);
            }

            json.WriteString("kind", Vocabulary + "kind");
            WriteReferenceTerm(json, "source");
            WriteReferenceTerm(json, "target");
            foreach (var property in ExportProperty.NodeProperties)
            {
                switch (property.Kind)
                {
                    case ExportValueKind.NodeReference:
                        WriteReferenceTerm(json, property.Name);
                        break;
                    case ExportValueKind.WholeNumber:
                        WriteTerm(json, property.Name, "@type", "xsd:long");
                        break;
                    case ExportValueKind.TextList:
                        WriteTerm(json, property.Name, "@container", "@set");
                        break;
                    default:
                        json.WriteString(property.Name, Vocabulary + property.Name);
                        break;
                }
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void WriteReferenceTerm(Utf8JsonWriter json, string term) => WriteTerm(json, term, "@type", "@id");

    private static void WriteTerm(Utf8JsonWriter json, string term, string keyword, string value)
    {
        json.WriteStartObject(term);
        json.WriteString("@id", Vocabulary + term);
        json.WriteString(keyword, value);
        json.WriteEndObject();
    }
}
