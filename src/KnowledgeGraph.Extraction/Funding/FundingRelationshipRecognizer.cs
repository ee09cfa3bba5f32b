using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Extraction.Measures;
using KnowledgeGraph.Extraction.Regions;

namespace KnowledgeGraph.Extraction.Funding;

/// <summary>
/// Later pass, with the amount as evidence: a funding line FUNDS the measure it is written in, and every program
/// and studio named in its clause; it is PAID_BY the issuing region when its payer names that region's level
/// (州级财政 in a prefecture's notice is 凉山彝族自治州's budget) and by the province when the payer is 省级.
/// </summary>
/// <param name="gazetteer">The divisions.</param>
public sealed class FundingRelationshipRecognizer(Gazetteer gazetteer) : IRecognizer
{
    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Needs { get; } = [ExtractionFact.IssuingRegion, ExtractionFact.FundingLines, ExtractionFact.Programs, ExtractionFact.TeacherStudios, ExtractionFact.Measures];

    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Produces { get; } = [ExtractionFact.FundingLinks, ExtractionFact.ImpliedRegions];

    private readonly Gazetteer _gazetteer = gazetteer;

    /// <inheritdoc />
    public void Recognize(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var lines = context.Entities[EntityKind.FundingLine].All.ToLookup(line => line.FirstMention);
        var measures = new SpanIndex<MeasureEntity>(context.Measures, measure => measure.Span);

        // Programs before studios, each kind in registry order: the order the lines' FUNDS relationships are added in.
        var fundable = context.Entities[EntityKind.Program].All.Concat(context.Entities[EntityKind.TeacherStudio].All).ToList();
        var fundableMentions = new SpanIndex<(SourceSpan Span, int Order)>(
            fundable.SelectMany((entity, order) => entity.Mentions.Select(span => (span, order))), mention => mention.Span);
        for (var i = 0; i < context.Funding.Count; i++)
        {
            var mention = context.Funding[i];
            var line = lines[mention.Span].Single();
            if (measures.Holding(mention.Span) is { } measure)
            {
                context.AddRelationship(RelationshipTypes.Funds, line.Id, measure.Id, mention.Span);
            }

            var clauseStart = context.Text.Text.IndexOf(mention.Clause, Math.Max(0, mention.Span.Start - mention.Clause.Length), StringComparison.Ordinal);
            var clause = new SourceSpan(clauseStart, mention.Clause.Length);
            foreach (var order in fundableMentions.Within(clause).Select(funded => funded.Order).Distinct().Order())
            {
                context.AddRelationship(RelationshipTypes.Funds, line.Id, fundable[order].Id, mention.Span);
            }

            if (Payer(context, mention.Payer) is { } payer)
            {
                var region = RegionEntities.Imply(context, payer, mention.Span);
                context.AddRelationship(RelationshipTypes.PaidBy, line.Id, region.Id, mention.Span);
            }
        }
    }

    private Division? Payer(ExtractionContext context, string? payer)
    {
        if (payer is null || context.Region?.Division is not { } issuing)
        {
            return null;
        }

        if (payer.StartsWith("省级", StringComparison.Ordinal))
        {
            var province = issuing;
            while (_gazetteer.ParentOf(province) is { } parent)
            {
                province = parent;
            }

            return province;
        }

        return payer.Length > 1 && payer[1] == '级' && issuing.FormEndingWith(payer[0]) is not null ? issuing : null;
    }
}
