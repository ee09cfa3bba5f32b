using KnowledgeGraph.Domain.Graph;

namespace KnowledgeGraph.Storage.Querying;

/// <summary>
/// The start of one node's relationships of a type in a direction, and how many there are in all: a page and its total
/// count, without loading the rest.
/// </summary>
/// <param name="NodeId">The node.</param>
/// <param name="TotalCount">How many relationships of the type start (or end) at the node.</param>
/// <param name="First">The first of them, in document order, at most as many as asked for.</param>
public sealed record RelationshipSlice(string NodeId, int TotalCount, IReadOnlyList<RelationshipRecord> First);
