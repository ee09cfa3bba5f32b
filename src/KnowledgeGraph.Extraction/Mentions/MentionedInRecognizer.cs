using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Graph;

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
    public void Recognize(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var articles = context.Entities[EntityKind.Article].All;
        foreach (var entity in context.Entities.All.Where(e => e.Label != NodeLabels.Article && e.Mentions.Count > 0))
        {
            context.AddRelationship(RelationshipTypes.MentionedIn, entity.Id, context.DocumentId, entity.FirstMention);
            foreach (var mention in entity.Mentions.OrderBy(m => m.Start))
            {
                var article = articles.FirstOrDefault(a => a.FirstMention.Start <= mention.Start && mention.End <= a.FirstMention.End);
                if (article is not null)
                {
                    // The first mention inside an article wins: AddRelationship keeps the first evidence.
                    context.AddRelationship(RelationshipTypes.MentionedIn, entity.Id, article.Id, mention);
                }
            }
        }
    }
}
