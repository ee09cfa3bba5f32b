using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Extraction.Entities;

namespace KnowledgeGraph.Extraction.Mentions;

/// <summary>
/// Later pass: every entity is MENTIONED_IN its document, with its first mention as evidence, and MENTIONED_IN each
/// article that holds one of its mentions, with the first mention inside that article as evidence. Articles are
/// not mentioned in themselves; they are PART_OF their document instead. Entities the text only implies (a
/// mentioned county's prefecture) are not mentioned anywhere.
/// </summary>
public sealed class MentionedInRecognizer : IRecognizer
{
    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Needs { get; } = [ExtractionFact.RegionMentions, ExtractionFact.ImpliedRegions, ExtractionFact.Schools, ExtractionFact.Programs, ExtractionFact.FundingLines, ExtractionFact.Targets, ExtractionFact.People, ExtractionFact.Articles, ExtractionFact.TeacherStudios, ExtractionFact.Units, ExtractionFact.PostUnits];

    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Produces { get; } = [ExtractionFact.Mentions];

    /// <inheritdoc />
    public void Recognize(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var articles = new SpanIndex<ExtractedEntity>(context.Entities[EntityKind.Article].All, article => article.FirstMention);
        foreach (var entity in context.Entities.All.Where(e => e.Label != NodeLabels.Article && e.Mentions.Count > 0))
        {
            context.AddRelationship(RelationshipTypes.MentionedIn, entity.Id, context.DocumentId, entity.FirstMention);
            foreach (var mention in entity.Mentions.OrderBy(m => m.Start))
            {
                var article = articles.Holding(mention);
                if (article is not null)
                {
                    // The first mention inside an article wins: AddRelationship keeps the first evidence.
                    context.AddRelationship(RelationshipTypes.MentionedIn, entity.Id, article.Id, mention);
                }
            }
        }
    }
}
