namespace KnowledgeGraph.Api.Graph.Connections;

/// <summary>One page of a Relay connection: the nodes, where they start in the whole result, and its size.</summary>
/// <typeparam name="T">The node type.</typeparam>
/// <param name="Nodes">The page's nodes, in order.</param>
/// <param name="Offset">Position of the first node in the whole ordered result.</param>
/// <param name="TotalCount">Size of the whole result.</param>
public sealed record Connection<T>(IReadOnlyList<T> Nodes, int Offset, int TotalCount) : IPageInfo
{
    /// <summary>Each node with its cursor.</summary>
    public IEnumerable<Edge<T>> Edges => Nodes.Select((node, index) => new Edge<T>(Cursor.Encode(Offset + index), node));

    /// <summary>Whether nodes exist after this page.</summary>
    public bool HasNextPage => Offset + Nodes.Count < TotalCount;

    /// <summary>Whether nodes exist before this page.</summary>
    public bool HasPreviousPage => Offset > 0;

    /// <summary>Cursor of the first node, or null for an empty page.</summary>
    public string? StartCursor => Nodes.Count > 0 ? Cursor.Encode(Offset) : null;

    /// <summary>Cursor of the last node, or null for an empty page.</summary>
    public string? EndCursor => Nodes.Count > 0 ? Cursor.Encode(Offset + Nodes.Count - 1) : null;
}

/// <summary>A node and its cursor.</summary>
/// <typeparam name="T">The node type.</typeparam>
/// <param name="Cursor">Opaque position of the node.</param>
/// <param name="Node">The node.</param>
public sealed record Edge<T>(string Cursor, T Node);
