using KnowledgeGraph.Extraction.Units;

namespace KnowledgeGraph.Extraction.Articles;

/// <summary>A titled item of a document: a bulletin item, a news story, a city report's section or figures.</summary>
/// <param name="Genre">One of <see cref="ArticleGenres"/>.</param>
/// <param name="Title">Its title (headline).</param>
/// <param name="Section">The heading it sits under (【重要工作】), or null.</param>
/// <param name="Span">From its first character to its last.</param>
/// <param name="Reporters">The offices that reported it, as written ((高教处), (内容来源:内江市教育和体育局)).</param>
public sealed record ArticleEntity(string Genre, string Title, string? Section, SourceSpan Span, IReadOnlyList<UnitMention> Reporters);

/// <summary>The genres of <see cref="ArticleEntity"/>.</summary>
public static class ArticleGenres
{
    /// <summary>An item of a work bulletin (● or ▲).</summary>
    public const string BulletinItem = "bulletin-item";

    /// <summary>A newspaper story (本报讯, 据…消息).</summary>
    public const string NewsStory = "news-story";

    /// <summary>A city's section of a report (内江市:擦亮“学在内江”教育品牌).</summary>
    public const string CityReport = "city-report";

    /// <summary>A block of "数说" figures in a city report.</summary>
    public const string Figures = "figures";

    /// <summary>An official notice, from its title to its issue date.</summary>
    public const string Notice = "notice";
}
