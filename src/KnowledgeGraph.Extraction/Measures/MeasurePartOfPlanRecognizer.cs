using KnowledgeGraph.Domain.Graph;

namespace KnowledgeGraph.Extraction.Measures;

/// <summary>Later pass: Measure PART_OF Plan, with the measure's text as evidence.</summary>
public sealed class MeasurePartOfPlanRecognizer : IRecognizer
{
    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Needs { get; } = [ExtractionFact.Measures];

    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Produces { get; } = [ExtractionFact.MeasureParts];

    /// <inheritdoc />
    public void Recognize(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var measure in context.Measures)
        {
            context.AddRelationship(RelationshipTypes.PartOf, measure.Id, measure.PlanId, measure.Span);
        }
    }
}
