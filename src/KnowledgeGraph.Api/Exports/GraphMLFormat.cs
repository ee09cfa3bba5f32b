using System.Text;
using System.Xml;
using KnowledgeGraph.Api.Graph.Nodes;
using KnowledgeGraph.Domain.Graph;

namespace KnowledgeGraph.Api.Exports;

/// <summary>
/// GraphML (http://graphml.graphdrawing.org/) as Gephi, Cytoscape, yEd and NetworkX read it: one directed graph, a key
/// declared for every property of the model (<see cref="ExportProperty"/>) before the first node, each node's kind and
/// each edge's kind as data, evidence on every edge. Ids are the API's opaque ids.
/// </summary>
internal static class GraphMLFormat
{
    public const string ContentType = "application/graphml+xml; charset=utf-8";

    private const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    // The ids of the keys: the kind, then n_<property> for nodes and e_<property> for edges.
    private const string NodeKindKey = "n_kind";
    private const string EdgeKindKey = "e_kind";

    // Written in pieces so the client sees the file grow and the server holds one piece at a time.
    private const int FlushEvery = 200;

    public static async Task WriteAsync(GraphExport export, Stream body, CancellationToken cancellationToken)
    {
        var settings = new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false), Indent = true };
        await using var xml = XmlWriter.Create(body, settings);
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "graphml", Namespace);
        await WriteKeyAsync(xml, NodeKindKey, "node", "kind", "string");
        foreach (var property in ExportProperty.NodeProperties)
        {
            await WriteKeyAsync(xml, $"n_{property.Name}", "node", property.Name, TypeOf(property));
        }

        await WriteKeyAsync(xml, EdgeKindKey, "edge", "kind", "string");
        foreach (var property in ExportProperty.RelationshipProperties)
        {
            await WriteKeyAsync(xml, $"e_{property.Name}", "edge", property.Name, TypeOf(property));
        }

        await xml.WriteStartElementAsync(null, "graph", Namespace);
        await xml.WriteAttributeStringAsync(null, "id", null, "G");
        await xml.WriteAttributeStringAsync(null, "edgedefault", null, "directed");
        await xml.FlushAsync();
        var written = 0;
        await foreach (var page in export.NodePagesAsync(cancellationToken))
        {
            foreach (var node in page)
            {
                await xml.WriteStartElementAsync(null, "node", Namespace);
                await xml.WriteAttributeStringAsync(null, "id", null, GlobalId.Encode(node.Id));
                await WriteDataAsync(xml, NodeKindKey, node.Label);
                await WritePropertiesAsync(xml, "n_", ExportProperty.NodeProperties, node.Properties);
                await xml.WriteEndElementAsync();
                await FlushNowAndThenAsync(xml, ++written);
            }
        }

        await foreach (var page in export.RelationshipPagesAsync(cancellationToken))
        {
            foreach (var relationship in page)
            {
                await xml.WriteStartElementAsync(null, "edge", Namespace);
                await xml.WriteAttributeStringAsync(null, "id", null, GlobalId.Encode(relationship.Id));
                await xml.WriteAttributeStringAsync(null, "source", null, GlobalId.Encode(relationship.StartId));
                await xml.WriteAttributeStringAsync(null, "target", null, GlobalId.Encode(relationship.EndId));
                await WriteDataAsync(xml, EdgeKindKey, relationship.Type);
                await WritePropertiesAsync(xml, "e_", ExportProperty.RelationshipProperties, relationship.Properties);
                await xml.WriteEndElementAsync();
                await FlushNowAndThenAsync(xml, ++written);
            }
        }

        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
    }

    private static async Task WriteKeyAsync(XmlWriter xml, string id, string domain, string name, string type)
    {
        await xml.WriteStartElementAsync(null, "key", Namespace);
        await xml.WriteAttributeStringAsync(null, "id", null, id);
        await xml.WriteAttributeStringAsync(null, "for", null, domain);
        await xml.WriteAttributeStringAsync(null, "attr.name", null, name);
        await xml.WriteAttributeStringAsync(null, "attr.type", null, type);
        await xml.WriteEndElementAsync();
    }

    private static async Task WritePropertiesAsync(
        XmlWriter xml, string keyPrefix, IReadOnlyList<ExportProperty> properties, IReadOnlyDictionary<string, object?> values)
    {
        foreach (var property in properties)
        {
            if (property.Format(values) is { } value)
            {
                await WriteDataAsync(xml, keyPrefix + property.Name, value);
            }
        }
    }

    private static async Task WriteDataAsync(XmlWriter xml, string key, string value)
    {
        await xml.WriteStartElementAsync(null, "data", Namespace);
        await xml.WriteAttributeStringAsync(null, "key", null, key);
        await xml.WriteStringAsync(XmlText(value));
        await xml.WriteEndElementAsync();
    }

    private static async Task FlushNowAndThenAsync(XmlWriter xml, int written)
    {
        if (written % FlushEvery == 0)
        {
            await xml.FlushAsync();
        }
    }

    private static string TypeOf(ExportProperty property) => property.Kind == ExportValueKind.WholeNumber ? "long" : "string";

    // XML 1.0 cannot carry most control characters, even escaped; a document's text could hold one, and an export must
    // not break off in the middle for it.
    private static string XmlText(string value) =>
        value.All(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c))
            ? value
            : new string(value.Where(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c)).ToArray());
}
