using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Graph;

namespace KnowledgeGraph.Extraction.Articles;

/// <summary>
/// Later pass: each Article PART_OF its document, with the article as evidence, and REPORTED_BY each office that
/// closes it, with the office's name as evidence, and AUTHORED_BY each person its byline names as a writer
/// (<see cref="People.PersonMention.IsAuthor"/>), with the name as evidence. Needs <see cref="ArticleResolver"/> and
/// the unit resolver first.
/// </summary>
public sealed class ArticleRelationshipRecognizer : IRecognizer
{
    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Needs { get; } = [ExtractionFact.Articles, ExtractionFact.People, ExtractionFact.Units];

    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Produces { get; } = [ExtractionFact.ArticleLinks];

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

        LinkAuthors(context, entities);
    }

    // Articles and bylines are both in document order: one walk pairs each byline with the article around it.
    private static void LinkAuthors(ExtractionContext context, IReadOnlyList<Entities.ExtractedEntity> entities)
    {
        var article = 0;
        foreach (var author in context.People.Where(person => person.IsAuthor).OrderBy(person => person.Span.Start))
        {
            while (article < context.Articles.Count && context.Articles[article].Span.End < author.Span.End)
            {
                article++;
            }

            if (article < context.Articles.Count && context.Articles[article].Span.Start <= author.Span.Start)
            {
                var person = context.Entities[EntityKind.Person].Find(author.Name)!;
                context.AddRelationship(RelationshipTypes.AuthoredBy, entities[article].Id, person.Id, author.Span);
            }
        }
    }
}
