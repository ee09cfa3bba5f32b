using KnowledgeGraph.Api.Aggregates;
using KnowledgeGraph.Api.Graph.Mapping;
using KnowledgeGraph.Domain.Documents;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Domain.Measures;
using KnowledgeGraph.Domain.Plans;
using KnowledgeGraph.Domain.Regions;
using KnowledgeGraph.Domain.Units;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Querying;

namespace KnowledgeGraph.Api.Units.Pages;

/// <summary>
/// Reads what the unit pages show through the same store operations the GraphQL fields use (a unit by name, its
/// LED_BY and CO_LED_BY relationships in document order, a measure's PART_OF plan and document, the
/// <c>unitResponsibility</c> ranking), a fixed handful of store calls per page whatever the unit's size.
/// </summary>
public sealed class UnitDirectory(IGraphStore store, NodeMapper mapper)
{
    /// <summary>The most units the ranking page lists.</summary>
    public const int MaxRankedUnits = 1_000;

    // More units sharing one alias than this is not a name a reader would type; the page lists the first ones.
    private const int MaxAliasMatches = 50;

    /// <summary>The unit whose canonical name this is, or null.</summary>
    public async Task<Unit?> FindByNameAsync(string name, CancellationToken cancellationToken)
    {
        var page = await store.FindNodesAsync(
            new NodeQuery(NodeLabels.Unit, new PropertyCondition(PropertyNames.Name, FilterOperator.Equal, name), [], PageWindow.FirstOf(1)),
            cancellationToken);
        return page.Items.Count > 0 ? mapper.Map<Unit>(page.Items[0]) : null;
    }

    /// <summary>The units that go by this name among their aliases, by canonical name.</summary>
    public async Task<IReadOnlyList<Unit>> FindByAliasAsync(string alias, CancellationToken cancellationToken)
    {
        var isAlias = new ListCondition(
            PropertyNames.Aliases,
            ListQuantifier.Some,
            new PropertyCondition(ListCondition.Element, FilterOperator.Equal, alias));
        var page = await store.FindNodesAsync(
            new NodeQuery(NodeLabels.Unit, isAlias, [new SortField(PropertyNames.Name, Descending: false)], PageWindow.FirstOf(MaxAliasMatches)),
            cancellationToken);
        return page.Items.Select(mapper.Map<Unit>).ToList();
    }

    /// <summary>Units ranked by the measures they lead, then by all they hold (as <c>unitResponsibility(role: LEAD)</c>), with the units themselves.</summary>
    public async Task<IReadOnlyList<(Unit Unit, UnitResponsibility Counts)>> RankAsync(CancellationToken cancellationToken)
    {
        var counts = await store.CountRelationshipsAsync(UnitResponsibility.Ranking(MeasureRole.Lead, [], [], MaxRankedUnits), cancellationToken);
        var units = await NodesAsync<Unit>(counts.Select(c => c.NodeId), cancellationToken);
        return counts.Where(c => units.ContainsKey(c.NodeId)).Select(c => (units[c.NodeId], UnitResponsibility.From(c))).ToList();
    }

    /// <summary>The unit's region and the measures it leads and supports, each with its plan, document, units and bracket.</summary>
    public async Task<UnitResponsibilities> ReadAsync(Unit unit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var led = await store.GetRelationshipsAsync([unit.Id], RelationshipDirection.Incoming, RelationshipTypes.LedBy, cancellationToken);
        var shared = await store.GetRelationshipsAsync([unit.Id], RelationshipDirection.Incoming, RelationshipTypes.CoLedBy, cancellationToken);
        var measureIds = led.Concat(shared).Select(r => r.StartId).Distinct(StringComparer.Ordinal).ToList();

        var measures = await NodesAsync<Measure>(measureIds, cancellationToken);
        var planOf = await EndsAsync(measureIds, RelationshipTypes.PartOf, cancellationToken);
        var plans = await NodesAsync<Plan>(planOf.Values.SelectMany(ids => ids), cancellationToken);
        var documentOf = await EndsAsync(plans.Keys, RelationshipTypes.PartOf, cancellationToken);
        var documents = await NodesAsync<Document>(documentOf.Values.SelectMany(ids => ids), cancellationToken);
        var leadUnitsOf = await EndsAsync(measureIds, RelationshipTypes.LedBy, cancellationToken);
        var coUnitsOf = await EndsAsync(measureIds, RelationshipTypes.CoLedBy, cancellationToken);
        var regionOf = await EndsAsync([unit.Id], RelationshipTypes.LocatedIn, cancellationToken);
        var units = await NodesAsync<Unit>(leadUnitsOf.Values.Concat(coUnitsOf.Values).SelectMany(ids => ids), cancellationToken);
        var regions = await NodesAsync<Region>(regionOf.Values.SelectMany(ids => ids), cancellationToken);

        IReadOnlyList<Unit> UnitsOf(Dictionary<string, List<string>> ends, string measureId) =>
            ends.GetValueOrDefault(measureId, []).Where(units.ContainsKey).Select(id => units[id]).ToList();

        // The unit's measures of one role, in document order, grouped by their plan (plans in the order first met).
        IReadOnlyList<PlanMeasures> Grouped(IReadOnlyList<RelationshipRecord> responsibilities) =>
            responsibilities
                .Where(r => measures.ContainsKey(r.StartId) && planOf.ContainsKey(r.StartId))
                .GroupBy(r => planOf[r.StartId][0], StringComparer.Ordinal)
                .Where(group => plans.ContainsKey(group.Key) && documentOf.ContainsKey(group.Key))
                .Select(group => new PlanMeasures(
                    documents[documentOf[group.Key][0]],
                    plans[group.Key],
                    group.Select(r => new MeasureResponsibility(
                        measures[r.StartId],
                        UnitsOf(leadUnitsOf, r.StartId),
                        UnitsOf(coUnitsOf, r.StartId),
                        ResponsibilityQuote.Of(measures[r.StartId], Evidence.ReadFrom(r.Properties)))).ToList()))
                .ToList();

        return new UnitResponsibilities(unit, [.. regions.Values], Grouped(led), Grouped(shared));
    }

    // For each node, the ids at the end of its outgoing relationships of one type, in document order.
    private async Task<Dictionary<string, List<string>>> EndsAsync(IReadOnlyCollection<string> nodeIds, string type, CancellationToken cancellationToken)
    {
        var relationships = await store.GetRelationshipsAsync(nodeIds, RelationshipDirection.Outgoing, type, cancellationToken);
        return relationships
            .GroupBy(r => r.StartId, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Select(r => r.EndId).ToList(), StringComparer.Ordinal);
    }

    private async Task<Dictionary<string, T>> NodesAsync<T>(IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var records = await store.GetNodesAsync(ids.Distinct(StringComparer.Ordinal).ToList(), cancellationToken);
        return records.ToDictionary(record => record.Id, mapper.Map<T>, StringComparer.Ordinal);
    }
}
