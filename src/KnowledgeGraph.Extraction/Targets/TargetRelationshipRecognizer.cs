using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Measures;
using KnowledgeGraph.Extraction.Normalization;
using KnowledgeGraph.Extraction.Plans;

namespace KnowledgeGraph.Extraction.Targets;

/// <summary>
/// Later pass: the measure a target is written in HAS_TARGET it; a target outside every measure belongs to the plan
/// whose body holds it (a plan's 目标任务), else to the article that holds it. The target's text is the evidence.
/// </summary>
public sealed class TargetRelationshipRecognizer : IRecognizer
{
    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Needs { get; } = [ExtractionFact.Targets, ExtractionFact.Plans, ExtractionFact.Measures, ExtractionFact.Articles];

    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Produces { get; } = [ExtractionFact.TargetLinks];

    /// <inheritdoc />
    public void Recognize(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var targets = context.Entities[EntityKind.Target].All.ToLookup(target => target.FirstMention);
        var measures = new SpanIndex<MeasureEntity>(context.Measures, measure => measure.Span);
        var planParagraphs = new SpanIndex<(Paragraph Paragraph, PlanEntity Plan)>(
            context.Plans.SelectMany(plan => plan.Body.Select(paragraph => (paragraph, plan))), entry => entry.Paragraph.Span);
        var articles = new SpanIndex<ExtractedEntity>(context.Entities[EntityKind.Article].All, article => article.FirstMention);
        foreach (var mention in context.Targets)
        {
            var target = targets[mention.Span].Single();
            var owner = measures.Holding(mention.Span)?.Id
                ?? planParagraphs.Holding(mention.Span).Plan?.Id
                ?? articles.Holding(mention.Span)?.Id;
            if (owner is not null)
            {
                context.AddRelationship(RelationshipTypes.HasTarget, owner, target.Id, mention.Span);
            }
        }
    }
}
