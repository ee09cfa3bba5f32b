using System.Globalization;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Graph;

namespace KnowledgeGraph.Extraction.Articles;

/// <summary>
/// Turns the articles every article recogniser found into Article entities, numbered in document order: id
/// <c>article:&lt;document&gt;/&lt;ordinal&gt;</c>, named by the title, with genre, section and full text. Runs after
/// every article recogniser.
/// </summary>
public sealed class ArticleResolver : IRecognizer
{
    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Needs { get; } = [ExtractionFact.Articles];

    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Produces { get; } = [ExtractionFact.Articles];

    /// <inheritdoc />
    public void Recognize(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var ordered = context.Articles.OrderBy(a => a.Span.Start).ThenByDescending(a => a.Span.Length).ToList();
        context.Articles.Clear();
        var ordinal = 0;
        foreach (var article in ordered)
        {
            context.Articles.Add(article);
            ordinal++;
            var key = $"{NodeIds.KeyOf(context.DocumentId)}/{ordinal.ToString(CultureInfo.InvariantCulture)}";
            var entity = context.Entities[EntityKind.Article].Ensure(article.Title, article.Span, key);
            entity.Properties[PropertyNames.Genre] = article.Genre;
            entity.Properties[PropertyNames.Text] = context.Text.Slice(article.Span);
            entity.Properties[PropertyNames.Ordinal] = (long)ordinal;
            if (article.Section is not null)
            {
                entity.Properties[PropertyNames.Section] = article.Section;
            }
        }
    }
}
