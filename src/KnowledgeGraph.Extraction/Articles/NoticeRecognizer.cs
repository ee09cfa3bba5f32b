namespace KnowledgeGraph.Extraction.Articles;

/// <summary>
/// An official notice (通知) is one article: from its title (关于…的通知) to its issue date under the signatures,
/// named by the title; a bulletin's masthead (its name and date) is no notice. The plans it carries are plans, not articles. Needs the document head recognisers first.
/// </summary>
public sealed class NoticeRecognizer : IRecognizer
{
    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Needs { get; } = [ExtractionFact.DocumentTitle, ExtractionFact.IssueDate];

    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Produces { get; } = [ExtractionFact.Articles];

    /// <inheritdoc />
    public void Recognize(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Header is { Title: { } title, Date: { } date } && date.Span.Start > title.Span.Start && title.Value.Contains("关于", StringComparison.Ordinal))
        {
            context.Articles.Add(new ArticleEntity(ArticleGenres.Notice, title.Value, null, SourceSpan.FromBounds(title.Span.Start, date.Span.End), []));
        }
    }
}
