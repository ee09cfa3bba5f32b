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
/// The value of a property: <c>MATCH (n:FundingLine) WITH n, toString(n.`payer`) AS groupKey WITH groupKey,
/// count(n) AS members, CASE count(n.`amountYuanMin`) WHEN 0 THEN null ELSE sum(n.`amountYuanMin`) END AS sum0, … ORDER BY
/// sum0 IS NULL, sum0 DESC, members DESC, groupKey LIMIT $maxGroups</c> (label and properties written in, checked). Nodes
/// without the property form one group with a null key.
/// </summary>
/// <param name="Property">The property.</param>
public sealed record GroupByProperty(string Property) : NodeGrouping;

/// <summary>
/// The node at the other end of a relationship: <c>MATCH (n:FundingLine) OPTIONAL MATCH (n)-[:PAID_BY]-&gt;(g:Entity)
/// WITH DISTINCT n, g.id AS groupKey …</c>, then as <see cref="GroupByProperty"/> (arrow per direction). A node related to two counts in both
/// groups; one related to none falls in the group with a null key.
/// </summary>
/// <param name="Type">The relationship type.</param>
/// <param name="Direction">Whether the grouped nodes are the relationships' start or end.</param>
public sealed record GroupByRelated(string Type, RelationshipDirection Direction) : NodeGrouping;

/// <summary>One group.</summary>
/// <param name="Key">The property value or the related node's id; null for the nodes that have none.</param>
/// <param name="Count">How many nodes the group holds.</param>
/// <param name="Sums">Each summed property's sum over the group, and how many of its nodes have the property.</param>
public sealed record NodeGroup(string? Key, int Count, IReadOnlyDictionary<string, PropertySum> Sums);

/// <summary>
/// A property summed over a group: <c>sum(n.p)</c>, null where no node has it, and <c>count(n.p)</c>, the nodes that
/// have it (fewer than the group's count when some lack it, as an open range lacks its upper bound).
/// </summary>
/// <param name="Sum">The sum, or null when no node of the group has the property.</param>
/// <param name="Count">How many nodes of the group have the property.</param>
public sealed record PropertySum(long? Sum, int Count);
