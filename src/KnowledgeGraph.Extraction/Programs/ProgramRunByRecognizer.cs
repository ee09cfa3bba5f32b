using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Measures;

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
    public IReadOnlyCollection<ExtractionFact> Needs { get; } = [ExtractionFact.RegionMentions, ExtractionFact.Schools, ExtractionFact.Programs, ExtractionFact.Measures, ExtractionFact.Responsibilities];

    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Produces { get; } = [ExtractionFact.ProgramRunners];

    /// <inheritdoc />
    public void Recognize(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var subjects = new SpanIndex<(SourceSpan Span, ExtractedEntity Entity)>(
            context.Entities[EntityKind.Region].All
                .Concat(context.Entities[EntityKind.School].All)
                .SelectMany(entity => entity.Mentions.Select(span => (Span: span, Entity: entity))),
            mention => mention.Span);
        var measures = new SpanIndex<MeasureEntity>(context.Measures, measure => measure.Span);
        var leadsByMeasure = context.Relationships.Where(r => r.Type == RelationshipTypes.LedBy).ToLookup(r => r.StartId, r => r.EndId, StringComparer.Ordinal);
        var text = context.Text.Text;
        foreach (var mention in context.Programs)
        {
            var program = context.Entities[EntityKind.Program].Find(mention.Name)!;
            if (measures.Holding(mention.Span) is { } measure)
            {
                foreach (var lead in leadsByMeasure[measure.Id])
                {
                    context.AddRelationship(RelationshipTypes.RunBy, program.Id, lead, mention.Span);
                }

                continue;
            }

            var sentenceStart = text.LastIndexOfAny(['。', '；', '！', '？', '\n'], Math.Max(0, mention.Span.Start - 1)) + 1;
            var subject = subjects.Within(SourceSpan.FromBounds(sentenceStart, mention.Span.Start)).LastOrDefault();
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
