namespace KnowledgeGraph.Storage.Aggregates;

/// <summary>
/// Ranks the nodes that relationships of some types point to by how many of them they receive, counted per type:
/// the units that lead or share the most measures. Only relationships whose start lies inside every containment of
/// <paramref name="StartWithin"/> and whose end lies inside every one of <paramref name="EndWithin"/> count.
/// </summary>
/// <param name="Types">The relationship types to count, in the order that breaks ties between equal totals.</param>
/// <param name="RankBy">
/// The types whose summed count ranks first (the units that lead most, whatever they share); empty ranks by the
/// total of every counted type.
/// </param>
/// <param name="StartWithin">Where the relationships' start nodes must lie; empty for anywhere.</param>
/// <param name="EndWithin">Where the relationships' end nodes must lie; empty for anywhere.</param>
/// <param name="MaxResults">The most nodes to return.</param>
public sealed record RelationshipCountQuery(
    IReadOnlyList<string> Types,
    IReadOnlyList<string> RankBy,
    IReadOnlyList<Containment> StartWithin,
    IReadOnlyList<Containment> EndWithin,
    int MaxResults);
