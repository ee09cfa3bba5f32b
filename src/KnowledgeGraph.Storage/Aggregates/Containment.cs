namespace KnowledgeGraph.Storage.Aggregates;

/// <summary>
/// The nodes that lie inside another: those that reach <paramref name="AncestorId"/> by following relationships of
/// <paramref name="Via"/> types from start to end, zero or more times (a measure is inside its plan and its plan's
/// document). In Cypher: <c>EXISTS { (n)-[:$any($via)]-&gt;{0,}(:Entity {id: $ancestor}) }</c>, and <c>-[]-&gt;{0,}</c>
/// when <paramref name="Via"/> is empty, which follows every type.
/// </summary>
/// <param name="AncestorId">The containing node; it counts as inside itself.</param>
/// <param name="Via">The containment relationship types.</param>
public sealed record Containment(string AncestorId, IReadOnlyList<string> Via);
