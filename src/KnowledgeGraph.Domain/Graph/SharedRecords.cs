namespace KnowledgeGraph.Domain.Graph;

/// <summary>
/// The one rule for a node or relationship that several documents' batches hold under the same id: the graph keeps one
/// record, built from the documents in <see cref="DocumentOrder"/>. Every store applies it, so a shared unit reads the
/// same whichever store holds it and whatever order its documents were applied in.
/// </summary>
public static class SharedRecords
{
    /// <summary>
    /// The order in which documents contribute (ordinal, by document id); also the graph's document order: a record
    /// sorts by the first document holding it, then by its position in that document's batch.
    /// </summary>
    public static StringComparer DocumentOrder { get; } = StringComparer.Ordinal;

    /// <summary>
    /// A node as two documents give it, <paramref name="first"/> from the earlier document: its label and scalar
    /// properties win; a property it lacks (or holds as null) comes from <paramref name="second"/>; list properties such
    /// as aliases become the union, the first's elements first. Folding this over every document in
    /// <see cref="DocumentOrder"/> gives the node the graph holds.
    /// </summary>
    public static NodeRecord Merge(NodeRecord first, NodeRecord second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var properties = new Dictionary<string, object?>(first.Properties, StringComparer.Ordinal);
        foreach (var (name, value) in second.Properties)
        {
            properties[name] = (properties.GetValueOrDefault(name), value) switch
            {
                (IReadOnlyList<string> known, IReadOnlyList<string> added) => known.Union(added, StringComparer.Ordinal).ToList(),
                (null, var added) => added,
                (var known, _) => known,
            };
        }

        return first with { Properties = properties };
    }

    /// <summary>
    /// A relationship as two documents give it, <paramref name="first"/> from the earlier document: the earlier
    /// document's record, whole (its evidence points into that document).
    /// </summary>
    public static RelationshipRecord Merge(RelationshipRecord first, RelationshipRecord second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return first;
    }
}
