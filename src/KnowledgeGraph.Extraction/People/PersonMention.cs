namespace KnowledgeGraph.Extraction.People;

/// <summary>A named person as written at one place, with the titles written before the name.</summary>
/// <param name="Name">The person's name.</param>
/// <param name="Span">Where the name is written.</param>
/// <param name="Titles">The titles that name a post, each as written (教育厅党组书记、厅长), with their spans.</param>
/// <param name="IsAuthor">Whether a byline names the person as the writer of the text around it (本报讯（记者 陈朝和）).</param>
public sealed record PersonMention(string Name, SourceSpan Span, IReadOnlyList<(string Title, SourceSpan Span)> Titles, bool IsAuthor = false);
