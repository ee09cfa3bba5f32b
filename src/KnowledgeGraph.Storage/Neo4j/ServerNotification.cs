namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// A notification Neo4j returned with a successful statement (<c>notifications</c> in the Query API's answer): a
/// deprecation, or a performance warning such as a cartesian product or an unbounded shortest path.
/// </summary>
/// <param name="Code">The status code, <c>Neo.ClientNotification.[SubType].[Name]</c>.</param>
/// <param name="Title">What the code means.</param>
/// <param name="Description">What it means for this statement.</param>
internal sealed record ServerNotification(string Code, string Title, string Description);
