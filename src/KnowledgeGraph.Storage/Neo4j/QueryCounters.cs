namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>What a statement changed, as the Query API counts it (<c>includeCounters</c>).</summary>
internal sealed record QueryCounters
{
    /// <summary>No change at all.</summary>
    public static QueryCounters None { get; } = new();

    /// <summary>Whether anything changed.</summary>
    public bool ContainsUpdates { get; init; }

    /// <summary>Nodes created.</summary>
    public long NodesCreated { get; init; }

    /// <summary>Nodes deleted.</summary>
    public long NodesDeleted { get; init; }

    /// <summary>Relationships created.</summary>
    public long RelationshipsCreated { get; init; }

    /// <summary>Relationships deleted.</summary>
    public long RelationshipsDeleted { get; init; }

    /// <summary>Properties set.</summary>
    public long PropertiesSet { get; init; }

    /// <summary>Labels added.</summary>
    public long LabelsAdded { get; init; }

    /// <summary>Labels removed.</summary>
    public long LabelsRemoved { get; init; }

    /// <summary>Indexes added.</summary>
    public long IndexesAdded { get; init; }

    /// <summary>Constraints added.</summary>
    public long ConstraintsAdded { get; init; }
}
