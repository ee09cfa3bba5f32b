using System.Collections;
using System.Globalization;
using KnowledgeGraph.Domain.Graph;

namespace KnowledgeGraph.Api.Tests.Ingestion.Extracting;

/// <summary>
/// A batch as text, every node and relationship with every property and the type of each value (a list as a list,
/// whatever its class), so that two batches are the same graph exactly when their dumps are equal.
/// </summary>
internal static class BatchDump
{
    public static string Of(GraphBatch batch) => string.Join('\n',
    [
        batch.DocumentId,
        .. batch.Nodes.Select(node => $"{node.Id} {node.Label} {Properties(node.Properties)}"),
        .. batch.Relationships.Select(r => $"{r.Id} {r.Type} {r.StartId}->{r.EndId} {Properties(r.Properties)}"),
    ]);

    private static string Properties(IReadOnlyDictionary<string, object?> properties) =>
        string.Join(", ", properties.Select(property => $"{property.Key}={Value(property.Value)}"));

    private static string Value(object? value) => value switch
    {
        null => "null",
        string text => $"string:{text}",
        IEnumerable items => $"list:[{string.Join('|', items.Cast<object>())}]",
        _ => $"{value.GetType().Name}:{Convert.ToString(value, CultureInfo.InvariantCulture)}",
    };
}
