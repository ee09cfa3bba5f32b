using KnowledgeGraph.Api.Graph.Connections;
using KnowledgeGraph.Domain.Graph;

namespace KnowledgeGraph.Api.Graph.Relationships;

/// <summary>
/// One page of a relationship connection: like <see cref="Connection{T}"/>, but each edge is a relationship of the
/// graph and carries its properties besides the node at its other end.
/// </summary>
/// <typeparam name="T">The type of the nodes at the other end.</typeparam>
/// <param name="Edges">The page's edges, in order.</param>
/// <param name="Offset">Position of the first edge in the whole ordered result.</param>
/// <param name="TotalCount">Size of the whole result.</param>
public sealed record RelationshipConnection<T>(IReadOnlyList<RelationshipEdge<T>> Edges, int Offset, int TotalCount) : IPageInfo
{
    /// <summary>The nodes at the other end of the page's edges.</summary>
    public IEnumerable<T> Nodes => Edges.Select(edge => edge.Node);

    /// <inheritdoc />
    public bool HasNextPage => Offset + Edges.Count < TotalCount;

    /// <inheritdoc />
    public bool HasPreviousPage => Offset > 0;

    /// <inheritdoc />
    public string? StartCursor => Edges.Count > 0 ? Edges[0].Cursor : null;

    /// <inheritdoc />
    public string? EndCursor => Edges.Count > 0 ? Edges[^1].Cursor : null;
}

/// <summary>A relationship seen from one end: its cursor, the node at the other end, and the relationship itself.</summary>
/// <typeparam name="T">The type of the node at the other end.</typeparam>
/// <param name="Cursor">Opaque position of the edge.</param>
/// <param name="Node">The node at the other end.</param>
/// <param name="Relationship">The relationship, with its type and properties.</param>
public sealed record RelationshipEdge<T>(string Cursor, T Node, RelationshipRecord Relationship);
