namespace KnowledgeGraph.Storage.Traversal;

/// <summary>The shortest paths between two nodes, over relationships of any type followed either way.</summary>
/// <param name="FromId">The node the paths start at.</param>
/// <param name="ToId">The node the paths end at.</param>
/// <param name="MaxLength">The longest path, in relationships, worth finding.</param>
/// <param name="MaxPaths">The most paths to return.</param>
public sealed record PathQuery(string FromId, string ToId, int MaxLength, int MaxPaths);
