using System.Buffers;
using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using KnowledgeGraph.Api.Graph.Nodes;
using KnowledgeGraph.Domain.Graph;

namespace KnowledgeGraph.Api.Exports;

/// <summary>
/// Node and edge lists as CSV (RFC 4180: comma, CRLF, fields quoted when they hold a quote, comma or line break), in
/// UTF-8 with a byte order mark so that Excel reads the Chinese right; the columns Gephi's spreadsheet import expects
/// (<c>Id</c>, <c>Label</c>; <c>Source</c>, <c>Target</c>, <c>Type</c>), then one column per property of the model.
/// A cell that starts like a formula (= + - @) is prefixed with ' so that a spreadsheet shows it instead of running it.
/// </summary>
internal static class CsvFormat
{
    public const string ContentType = "text/csv; charset=utf-8; header=present";

    private const int FlushEvery = 200;

    // RFC 4180: a field holding a quote, a comma or a line break is quoted.
    private static readonly SearchValues<char> MustQuote = SearchValues.Create("\",\r\n");

    private static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture)
    {
        NewLine = "\r\n",
        // With NewLine set, CsvHelper's own rule quotes only fields holding "\r\n"; a paragraph break in a measure's
        // text is a lone "\n", which must be quoted too, or the row breaks in two.
        ShouldQuote = args => args.Field is { Length: > 0 } field && (field.AsSpan().IndexOfAny(MustQuote) >= 0 || field[0] == ' ' || field[^1] == ' '),
        InjectionOptions = InjectionOptions.Escape,
    };

    // The node's name is its Label column, so it is not repeated.
    private static readonly IReadOnlyList<ExportProperty> NodeColumns =
        ExportProperty.NodeProperties.Where(p => p.Name != PropertyNames.Name).ToList();

    /// <summary>Id (opaque), Label (name), Kind, then the node's properties.</summary>
    public static async Task WriteNodesAsync(GraphExport export, Stream body, CancellationToken cancellationToken)
    {
        await using var text = new StreamWriter(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        await using var csv = new CsvWriter(text, Configuration);
        await WriteHeaderAsync(csv, ["Id", "Label", "Kind"], NodeColumns);
        var written = 0;
        await foreach (var page in export.NodePagesAsync(cancellationToken))
        {
            foreach (var node in page)
            {
                csv.WriteField(GlobalId.Encode(node.Id));
                csv.WriteField(node.GetString(PropertyNames.Name) ?? "");
                csv.WriteField(node.Label);
                await WriteRowEndAsync(csv, NodeColumns, node.Properties, ++written);
            }
        }

        await csv.FlushAsync();
    }

    /// <summary>Source, Target, Type (Directed), Id, Label (the relationship's kind), then its evidence.</summary>
    public static async Task WriteEdgesAsync(GraphExport export, Stream body, CancellationToken cancellationToken)
    {
        await using var text = new StreamWriter(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        await using var csv = new CsvWriter(text, Configuration);
        await WriteHeaderAsync(csv, ["Source", "Target", "Type", "Id", "Label"], ExportProperty.RelationshipProperties);
        var written = 0;
        await foreach (var page in export.RelationshipPagesAsync(cancellationToken))
        {
            foreach (var relationship in page)
            {
                csv.WriteField(GlobalId.Encode(relationship.StartId));
                csv.WriteField(GlobalId.Encode(relationship.EndId));
                csv.WriteField("Directed");
                csv.WriteField(GlobalId.Encode(relationship.Id));
                csv.WriteField(relationship.Type);
                await WriteRowEndAsync(csv, ExportProperty.RelationshipProperties, relationship.Properties, ++written);
            }
        }

        await csv.FlushAsync();
    }

    private static async Task WriteHeaderAsync(CsvWriter csv, IReadOnlyList<string> fixedColumns, IReadOnlyList<ExportProperty> properties)
    {
        foreach (var column in fixedColumns.Concat(properties.Select(p => p.Name)))
        {
            csv.WriteField(column);
        }

        await csv.NextRecordAsync();
        await csv.FlushAsync();
    }

    private static async Task WriteRowEndAsync(
        CsvWriter csv, IReadOnlyList<ExportProperty> properties, IReadOnlyDictionary<string, object?> values, int written)
    {
        foreach (var property in properties)
        {
            csv.WriteField(property.Format(values) ?? "");
        }

        await csv.NextRecordAsync();
        if (written % FlushEvery == 0)
        {
            await csv.FlushAsync();
        }
    }
}
