namespace KnowledgeGraph.Domain.Graph;

/// <summary>
/// A node as every store speaks it (the shape Neo4j returns too): a stable id, its labels and its properties.
/// Property values are strings, 64-bit integers, booleans or lists of strings, so that they round-trip through Neo4j.
/// </summary>
/// <param name="Id">Deterministic id built by <see cref="NodeIds"/>, e.g. <c>unit:凉山州财政局</c>.</param>
/// <param name="Label">The node's kind, one of <see cref="NodeLabels"/>.</param>
/// <param name="Properties">The node's properties, keyed by <see cref="PropertyNames"/>.</param>
public sealed record NodeRecord(string Id, string Label, IReadOnlyDictionary<string, object?> Properties)
{
    /// <summary>The node's labels as Neo4j would list them: its kind plus the common <c>Entity</c> label.</summary>
    public IReadOnlyList<string> Labels => [Label, NodeLabels.Entity];

    /// <summary>Reads a string property, or null when absent.</summary>
    public string? GetString(string name) => Properties.GetValueOrDefault(name) as string;
}
