using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Graph;

namespace KnowledgeGraph.Extraction.Programs;

/// <summary>
/// Later pass: who runs a program, where the text says, with the program's mention as evidence. A program named in
/// a measure is RUN_BY the measure's lead units. Elsewhere the runner is the sentence's subject: the nearest region
/// or school named before the program in the same sentence (内江市大力实施…“扩优提质”行动, 四川水利职业技术学院…,
/// 我省深入实施… — see <see cref="Regions.SelfReferenceRegionRecognizer"/>);
/// a region runner also locates the program (LOCATED_IN).
/// </summary>
public sealed class ProgramRunByRecognizer : IRecognizer
{
    /// <inheritdoc />
    public void Recognize(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var subjects = context.Entities[EntityKind.Region].All
            .Concat(context.Entities[EntityKind.School].All)
            .SelectMany(entity => entity.Mentions.Select(span => (Span: span, Entity: entity)))
            .OrderBy(mention => mention.Span.Start)
            .ToList();
        var text = context.Text.Text;
        foreach (var mention in context.Programs)
        {
            var program = context.Entities[EntityKind.Program].Find(mention.Name)!;
            if (context.Measures.FirstOrDefault(m => m.Span.Start <= mention.Span.Start && mention.Span.End <= m.Span.End) is { } measure)
            {
                foreach (var lead in context.Relationships.Where(r => r.Type == RelationshipTypes.LedBy && r.StartId == measure.Id).ToList())
                {
                    context.AddRelationship(RelationshipTypes.RunBy, program.Id, lead.EndId, mention.Span);
                }

                continue;
            }

            var sentenceStart = text.LastIndexOfAny(['。', '；', '！', '？', '\n'], Math.Max(0, mention.Span.Start - 1)) + 1;
            var subject = subjects.LastOrDefault(s => s.Span.Start >= sentenceStart && s.Span.End <= mention.Span.Start);
            if (subject.Entity is { } runner)
            {
                context.AddRelationship(RelationshipTypes.RunBy, program.Id, runner.Id, mention.Span);
                if (runner.Label == NodeLabels.Region)
                {
                    context.AddRelationship(RelationshipTypes.LocatedIn, program.Id, runner.Id, mention.Span);
                }
            }
        }
    }
}
