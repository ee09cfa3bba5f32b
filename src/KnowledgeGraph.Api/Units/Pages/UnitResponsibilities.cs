using KnowledgeGraph.Domain.Documents;
using KnowledgeGraph.Domain.Measures;
using KnowledgeGraph.Domain.Plans;
using KnowledgeGraph.Domain.Regions;
using KnowledgeGraph.Domain.Units;

namespace KnowledgeGraph.Api.Units.Pages;

/// <summary>What a unit's page shows: the unit, where it is, and the measures it leads and supports, by plan.</summary>
/// <param name="Unit">The unit, under its canonical name.</param>
/// <param name="Regions">The regions it is located in.</param>
/// <param name="Led">The measures it leads, grouped by document and plan.</param>
/// <param name="Supported">The measures it shares without leading, grouped the same way.</param>
public sealed record UnitResponsibilities(
    Unit Unit,
    IReadOnlyList<Region> Regions,
    IReadOnlyList<PlanMeasures> Led,
    IReadOnlyList<PlanMeasures> Supported);

/// <summary>The measures of one plan that a unit is responsible for, in the plan's order.</summary>
/// <param name="Document">The document the plan is part of.</param>
/// <param name="Plan">The plan.</param>
/// <param name="Measures">The unit's measures of the plan.</param>
public sealed record PlanMeasures(Document Document, Plan Plan, IReadOnlyList<MeasureResponsibility> Measures);

/// <summary>One measure a unit is responsible for, with everyone else on it and the words that say so.</summary>
/// <param name="Measure">The measure.</param>
/// <param name="LeadUnits">Every unit leading it (the page's unit among them when it leads).</param>
/// <param name="CoUnits">Every unit sharing it.</param>
/// <param name="Quote">The responsibility bracket naming the unit, as the document writes it.</param>
public sealed record MeasureResponsibility(Measure Measure, IReadOnlyList<Unit> LeadUnits, IReadOnlyList<Unit> CoUnits, string Quote);
