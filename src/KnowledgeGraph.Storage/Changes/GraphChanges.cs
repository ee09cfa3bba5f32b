namespace KnowledgeGraph.Storage.Changes;

/// <summary>
/// What applying a document's batch changed, counted over that document's own contribution (its nodes and
/// relationships) against its previous version: a unit that another document also names counts as removed when this
/// document stops naming it, although the graph keeps it for the other document.
/// </summary>
/// <param name="Nodes">Nodes of the document, compared by id.</param>
/// <param name="Relationships">Relationships of the document, compared by id.</param>
public sealed record GraphChanges(ChangeCounts Nodes, ChangeCounts Relationships)
{
    /// <summary>True when the batch equals the previous version of its document record for record.</summary>
    public bool IsUnchanged => Nodes.IsUnchanged && Relationships.IsUnchanged;

    /// <summary>True when the store had no earlier version of the document.</summary>
    public bool IsNewDocument => Nodes.Unchanged == 0 && Nodes.Updated == 0 && Nodes.Removed == 0;

    /// <summary>The changes of both operands added up, for totals over many documents.</summary>
    public static GraphChanges operator +(GraphChanges left, GraphChanges right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new(left.Nodes + right.Nodes, left.Relationships + right.Relationships);
    }

    /// <summary>Same as <c>+</c>, for languages without operators.</summary>
    public static GraphChanges Add(GraphChanges left, GraphChanges right) => left + right;

    /// <summary>No changes, the start of a total.</summary>
    public static GraphChanges None { get; } = new(ChangeCounts.None, ChangeCounts.None);
}
