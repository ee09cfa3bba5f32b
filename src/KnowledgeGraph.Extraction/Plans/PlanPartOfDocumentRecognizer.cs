using KnowledgeGraph.Domain.Graph;

namespace KnowledgeGraph.Extraction.Plans;

/// <summary>Later pass: Plan PART_OF Document, with the plan's title line as evidence.</summary>
public sealed class PlanPartOfDocumentRecognizer : IRecognizer
{
    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Needs { get; } = [ExtractionFact.Plans];

    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Produces { get; } = [ExtractionFact.PlanParts];

    /// <inheritdoc />
    public void Recognize(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var plan in context.Plans)
        {
            context.AddRelationship(RelationshipTypes.PartOf, plan.Id, context.DocumentId, plan.TitleParagraph.Span);
        }
    }
}
