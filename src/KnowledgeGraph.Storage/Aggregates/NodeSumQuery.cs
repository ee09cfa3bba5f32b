using KnowledgeGraph.Storage.Querying;

namespace KnowledgeGraph.Storage.Aggregates;

/// <summary>
/// Nodes of one label in groups, each with its number of nodes and the sums of some integer properties (funding lines
/// by payer: how many, and the sums of their minimum and maximum amounts). Largest first: by the first summed
/// property, then by count, then by key, a missing key last.
/// </summary>
/// <param name="Label">The nodes to group.</param>
/// <param name="GroupBy">What puts two nodes in one group.</param>
/// <param name="SumProperties">Integer properties to sum per group; a node without one adds nothing to its sum.</param>
/// <param name="MaxGroups">The most groups to return.</param>
public sealed record NodeSumQuery(string Label, NodeGrouping GroupBy, IReadOnlyList<string> SumProperties, int MaxGroups);

/// <summary>What a group's key is.</summary>
public abstract record NodeGrouping;

/// <summary>
/// The value of a property: <c>MATCH (n:$label) RETURN n.$property AS key, count(n), sum(n.$sum) …
/// ORDER BY … LIMIT $maxGroups</c>. Nodes without the property form one group with a null key.
/// </summary>
/// <param name="Property">The property.</param>
public sealed record GroupByProperty(string Property) : NodeGrouping;

/// <summary>
/// The node at the other end of a relationship: <c>MATCH (n:$label) OPTIONAL MATCH (n)-[:$type]-&gt;(g)
/// RETURN g.id AS key, count(n), sum(n.$sum) …</c> (arrow per direction). A node related to two counts in both
/// groups; one related to none falls in the group with a null key.
/// </summary>
/// <param name="Type">The relationship type.</param>
/// <param name="Direction">Whether the grouped nodes are the relationships' start or end.</param>
public sealed record GroupByRelated(string Type, RelationshipDirection Direction) : NodeGrouping;

/// <summary>One group.</summary>
/// <param name="Key">The property value or the related node's id; null for the nodes that have none.</param>
/// <param name="Count">How many nodes the group holds.</param>
/// <param name="Sums">Sum of each summed property over the group; null where no node of the group has it.</param>
public sealed record NodeGroup(string? Key, int Count, IReadOnlyDictionary<string, long?> Sums);
