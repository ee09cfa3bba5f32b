using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Extraction.Regions;

namespace KnowledgeGraph.Extraction.TeacherStudios;

/// <summary>
/// Later pass, with the count as evidence: studios are LOCATED_IN their region, and a funding line counted per
/// studio (每室每年 2万元, 每个名师名校长工作室每年不少于5万元) in the same measure, article or paragraph FUNDS them.
/// </summary>
public sealed class TeacherStudioRelationshipRecognizer : IRecognizer
{
    /// <inheritdoc />
    public void Recognize(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var studios = context.Entities[EntityKind.TeacherStudio];
        var lines = context.Entities[EntityKind.FundingLine].All;
        foreach (var mention in context.Studios)
        {
            var studio = studios.Find(mention.Name)!;
            if (mention.Region is { } division)
            {
                var region = RegionEntities.Imply(context, division, mention.Span);
                context.AddRelationship(RelationshipTypes.LocatedIn, studio.Id, region.Id, mention.Span);
            }

            var scope = context.Measures.FirstOrDefault(m => m.Span.Start <= mention.Span.Start && mention.Span.End <= m.Span.End)?.Span
                ?? context.Articles.FirstOrDefault(a => a.Span.Start <= mention.Span.Start && mention.Span.End <= a.Span.End)?.Span
                ?? context.Text.Paragraphs.First(p => p.Span.Start <= mention.Span.Start && mention.Span.Start < p.Span.End + 1).Span;
            foreach (var funding in context.Funding.Where(f => f.PerUnit is { } per && (per.Contains('室', StringComparison.Ordinal) || per.Contains("工作坊", StringComparison.Ordinal))
                && scope.Start <= f.Span.Start && f.Span.End <= scope.End))
            {
                var line = lines.Single(l => l.FirstMention == funding.Span);
                context.AddRelationship(RelationshipTypes.Funds, line.Id, studio.Id, funding.Span);
            }
        }
    }
}
