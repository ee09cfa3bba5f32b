using KnowledgeGraph.Domain.Graph;

namespace KnowledgeGraph.Storage.Querying;

/// <summary>Nodes of one label, filtered, ordered and paged.</summary>
/// <param name="Label">The node label to search.</param>
/// <param name="Filter">
/// Condition the nodes must meet, or null for all. A node without a property never meets a comparison on it (but
/// equality with null), so it always meets the comparison's negation: <c>neq</c>, <c>nin</c>, <c>ncontains</c>… keep it.
/// </param>
/// <param name="Order">
/// Sort keys, most significant first; nodes without a key's property come after those with it, ascending or
/// descending. Nodes equal on every key, and all nodes when there are none, keep document order.
/// </param>
/// <param name="Window">Which slice of the ordered result to return.</param>
public sealed record NodeQuery(string Label, NodeFilter? Filter, IReadOnlyList<SortField> Order, PageWindow Window);

/// <summary>One sort key.</summary>
/// <param name="Property">Property to compare.</param>
/// <param name="Descending">True for descending order.</param>
public sealed record SortField(string Property, bool Descending);

/// <summary>A page of nodes.</summary>
/// <param name="Items">The nodes of the page, in order.</param>
/// <param name="Offset">Position of the first item in the whole ordered result.</param>
/// <param name="TotalCount">How many nodes match, over all pages.</param>
public sealed record NodePage(IReadOnlyList<NodeRecord> Items, int Offset, int TotalCount);
