using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Graph;

namespace KnowledgeGraph.Extraction.Targets;

/// <summary>
/// Later pass: the measure a target is written in HAS_TARGET it; a target outside every measure belongs to the plan
/// whose body holds it (a plan's 目标任务), else to the article that holds it. The target's text is the evidence.
/// </summary>
public sealed class TargetRelationshipRecognizer : IRecognizer
{
    /// <inheritdoc />
    public void Recognize(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var targets = context.Entities[EntityKind.Target];
        foreach (var mention in context.Targets)
        {
            var target = targets.All.Single(t => t.FirstMention == mention.Span);
            var owner = context.Measures.FirstOrDefault(m => Holds(m.Span, mention.Span))?.Id
                ?? context.Plans.FirstOrDefault(p => p.Body.Any(paragraph => Holds(paragraph.Span, mention.Span)))?.Id
                ?? context.Entities[EntityKind.Article].All.FirstOrDefault(a => Holds(a.FirstMention, mention.Span))?.Id;
            if (owner is not null)
            {
                context.AddRelationship(RelationshipTypes.HasTarget, owner, target.Id, mention.Span);
            }
        }
    }

    private static bool Holds(SourceSpan outer, SourceSpan inner) => outer.Start <= inner.Start && inner.End <= outer.End;
}
