using KnowledgeGraph.Api.Units;
using KnowledgeGraph.Storage.Aggregates;

namespace KnowledgeGraph.Api.Aggregates;

/// <summary>How many measures one unit leads and shares.</summary>
/// <param name="UnitId">The unit's node id.</param>
/// <param name="Lead">Measures it leads.</param>
/// <param name="Co">Measures it shares without leading.</param>
public sealed record UnitResponsibility(string UnitId, int Lead, int Co)
{
    private static readonly IReadOnlyList<string> CountedTypes = Responsibility.TypesOf(MeasureRole.Any);

    /// <summary>Both together.</summary>
    public int Total => Lead + Co;

    /// <summary>
    /// The store query that ranks units by the measures they hold in <paramref name="role"/>, counting leading and
    /// sharing both: the one ranking behind <c>unitResponsibility</c> and the <c>/units</c> page.
    /// </summary>
    public static RelationshipCountQuery Ranking(
        MeasureRole role, IReadOnlyList<Containment> measuresWithin, IReadOnlyList<Containment> unitsWithin, int maxResults) =>
        new(CountedTypes, Responsibility.TypesOf(role), measuresWithin, unitsWithin, maxResults);

    /// <summary>A unit's counts as the store's ranking gives them.</summary>
    public static UnitResponsibility From(RelationshipCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return new(counts.NodeId, counts.CountsByType[CountedTypes[0]], counts.CountsByType[CountedTypes[1]]);
    }
}
