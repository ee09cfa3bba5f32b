using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Graph;

namespace KnowledgeGraph.Extraction.Articles;

/// <summary>
/// Later pass: each Article PART_OF its document, with the article as evidence, and REPORTED_BY each office that
/// closes it, with the office's name as evidence. Needs <see cref="ArticleResolver"/> and the unit resolver first.
/// </summary>
public sealed class ArticleRelationshipRecognizer : IRecognizer
{
    /// <inheritdoc />
    public void Recognize(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var entities = context.Entities[EntityKind.Article].All;
        for (var i = 0; i < context.Articles.Count; i++)
        {
            var article = context.Articles[i];
            context.AddRelationship(RelationshipTypes.PartOf, entities[i].Id, context.DocumentId, article.Span);
            foreach (var reporter in article.Reporters)
            {
                if (context.Units.Find(reporter.Name) is { } unit)
                {
                    context.AddRelationship(RelationshipTypes.ReportedBy, entities[i].Id, unit.Id, reporter.Span);
                }
            }
        }
    }
}
