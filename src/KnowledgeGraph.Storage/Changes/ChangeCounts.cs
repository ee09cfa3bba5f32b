namespace KnowledgeGraph.Storage.Changes;

/// <summary>How many records of one kind (nodes or relationships) a document's new batch added, changed, kept or dropped.</summary>
/// <param name="Added">Records the previous version of the document did not have.</param>
/// <param name="Updated">Records with the same id whose label, type, ends or properties changed.</param>
/// <param name="Unchanged">Records identical to the previous version's.</param>
/// <param name="Removed">Records of the previous version that the new batch no longer has.</param>
public sealed record ChangeCounts(int Added, int Updated, int Unchanged, int Removed)
{
    /// <summary>Nothing at all.</summary>
    public static ChangeCounts None { get; } = new(0, 0, 0, 0);

    /// <summary>True when the new batch has exactly the previous version's records.</summary>
    public bool IsUnchanged => Added == 0 && Updated == 0 && Removed == 0;

    /// <summary>The counts of both operands added up, for totals over many documents.</summary>
    public static ChangeCounts operator +(ChangeCounts left, ChangeCounts right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new(left.Added + right.Added, left.Updated + right.Updated, left.Unchanged + right.Unchanged, left.Removed + right.Removed);
    }

    /// <summary>Same as <c>+</c>, for languages without operators.</summary>
    public static ChangeCounts Add(ChangeCounts left, ChangeCounts right) => left + right;
}
