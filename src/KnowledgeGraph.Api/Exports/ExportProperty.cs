using System.Globalization;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Api.Graph.Nodes;
using KnowledgeGraph.Domain.Graph;

namespace KnowledgeGraph.Api.Exports;

/// <summary>How an exported property's values are written.</summary>
internal enum ExportValueKind
{
    /// <summary>Text.</summary>
    Text,

    /// <summary>A 64-bit integer.</summary>
    WholeNumber,

    /// <summary>A list of texts: a JSON array in GraphML and CSV cells, an array in JSON-LD.</summary>
    TextList,

    /// <summary>A node's store id, exported as the node's opaque id (what <c>node(id:)</c> and <c>?node=</c> take).</summary>
    NodeReference,
}

/// <summary>One property of the graph model as the exports write it.</summary>
/// <param name="Name">The property's name, as in <see cref="PropertyNames"/>.</param>
/// <param name="Kind">How its values are written.</param>
internal sealed record ExportProperty(string Name, ExportValueKind Kind)
{
    private static readonly JsonSerializerOptions ListJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // The properties that are not text. `number` stays text: a document's is 凉委办发〔2022〕14号, a measure's 3.
    private static readonly Dictionary<string, ExportValueKind> NonText = new(StringComparer.Ordinal)
    {
        [PropertyNames.Aliases] = ExportValueKind.TextList,
        [PropertyNames.Titles] = ExportValueKind.TextList,
        [PropertyNames.Ordinal] = ExportValueKind.WholeNumber,
        [PropertyNames.Count] = ExportValueKind.WholeNumber,
        [PropertyNames.Members] = ExportValueKind.WholeNumber,
        [PropertyNames.Year] = ExportValueKind.WholeNumber,
        [PropertyNames.AmountYuanMin] = ExportValueKind.WholeNumber,
        [PropertyNames.AmountYuanMax] = ExportValueKind.WholeNumber,
        [PropertyNames.ResponsibilityRuleOffset] = ExportValueKind.WholeNumber,
        [PropertyNames.ResponsibilityRuleLength] = ExportValueKind.WholeNumber,
        [PropertyNames.EvidenceOffset] = ExportValueKind.WholeNumber,
        [PropertyNames.EvidenceLength] = ExportValueKind.WholeNumber,
        [PropertyNames.EvidenceDocumentId] = ExportValueKind.NodeReference,
    };

    /// <summary>Every property a node may carry: each constant of <see cref="PropertyNames"/>, in declaration order.</summary>
    public static IReadOnlyList<ExportProperty> NodeProperties { get; } =
        typeof(PropertyNames).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral && field.FieldType == typeof(string))
            .Select(field => (string)field.GetRawConstantValue()!)
            .Select(name => new ExportProperty(name, NonText.GetValueOrDefault(name, ExportValueKind.Text)))
            .ToList();

    /// <summary>Every property a relationship may carry: its evidence, and the title of a post (HOLDS_POST).</summary>
    public static IReadOnlyList<ExportProperty> RelationshipProperties { get; } =
        NodeProperties.Where(p => p.Name is PropertyNames.EvidenceDocumentId or PropertyNames.EvidenceOffset
            or PropertyNames.EvidenceLength or PropertyNames.EvidenceSnippet or PropertyNames.Titles).ToList();

    /// <summary>The value as one text cell (GraphML data, CSV field), or null when the record does not carry it.</summary>
    public string? Format(IReadOnlyDictionary<string, object?> properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        return properties.GetValueOrDefault(Name) switch
        {
            null => null,
            string id when Kind == ExportValueKind.NodeReference => GlobalId.Encode(id),
            IEnumerable<string> list => JsonSerializer.Serialize(list, ListJson),
            bool flag => flag ? "true" : "false",
            var value => Convert.ToString(value, CultureInfo.InvariantCulture),
        };
    }
}
