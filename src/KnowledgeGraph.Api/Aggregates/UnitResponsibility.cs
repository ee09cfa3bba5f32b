namespace KnowledgeGraph.Api.Aggregates;

/// <summary>How many measures one unit leads and shares.</summary>
/// <param name="UnitId">The unit's node id.</param>
/// <param name="Lead">Measures it leads.</param>
/// <param name="Co">Measures it shares without leading.</param>
public sealed record UnitResponsibility(string UnitId, int Lead, int Co)
{
    /// <summary>Both together.</summary>
    public int Total => Lead + Co;
}
