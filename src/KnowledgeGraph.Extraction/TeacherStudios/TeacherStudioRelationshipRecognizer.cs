using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Extraction.Articles;
using KnowledgeGraph.Extraction.Funding;
using KnowledgeGraph.Extraction.Measures;
using KnowledgeGraph.Extraction.Normalization;
using KnowledgeGraph.Extraction.Regions;

namespace KnowledgeGraph.Extraction.TeacherStudios;

/// <summary>
/// Later pass, with the count as evidence: studios are LOCATED_IN their region, and a funding line counted per
/// studio (每室每年 2万元, 每个名师名校长工作室每年不少于5万元) in the same measure, article or paragraph FUNDS them.
/// </summary>
public sealed class TeacherStudioRelationshipRecognizer : IRecognizer
{
    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Needs { get; } = [ExtractionFact.FundingLines, ExtractionFact.Measures, ExtractionFact.Articles, ExtractionFact.TeacherStudios];

    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Produces { get; } = [ExtractionFact.StudioLinks, ExtractionFact.ImpliedRegions];

    /// <inheritdoc />
    public void Recognize(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var studios = context.Entities[EntityKind.TeacherStudio];
        var lines = context.Entities[EntityKind.FundingLine].All.ToLookup(line => line.FirstMention);
        var measures = new SpanIndex<MeasureEntity>(context.Measures, measure => measure.Span);
        var articles = new SpanIndex<ArticleEntity>(context.Articles, article => article.Span);

        // A paragraph holds its mentions up to the line break after it.
        var paragraphs = new SpanIndex<Paragraph>(context.Text.Paragraphs, paragraph => new SourceSpan(paragraph.Span.Start, paragraph.Span.Length + 1));
        var perStudio = new SpanIndex<FundingMention>(
            context.Funding.Where(f => f.PerUnit is { } per && (per.Contains('室', StringComparison.Ordinal) || per.Contains("工作坊", StringComparison.Ordinal))),
            funding => funding.Span);
        foreach (var mention in context.Studios)
        {
            var studio = studios.Find(mention.Name)!;
            if (mention.Region is { } division)
            {
                var region = RegionEntities.Imply(context, division, mention.Span);
                context.AddRelationship(RelationshipTypes.LocatedIn, studio.Id, region.Id, mention.Span);
            }

            var scope = measures.Holding(mention.Span)?.Span
                ?? articles.Holding(mention.Span)?.Span
                ?? paragraphs.Holding(new SourceSpan(mention.Span.Start, 1))!.Span;
            foreach (var funding in perStudio.Within(scope))
            {
                var line = lines[funding.Span].Single();
                context.AddRelationship(RelationshipTypes.Funds, line.Id, studio.Id, funding.Span);
            }
        }
    }
}
