using KnowledgeGraph.Domain.Entities;

namespace KnowledgeGraph.Domain.Articles;

/// <summary>A titled item inside a document: a bulletin item, a news story, a section of a city report.</summary>
public sealed class Article : Entity
{
    /// <summary>bulletin-item, news-story, city-report or notice.</summary>
    public string? Genre { get; init; }

    /// <summary>The heading it sits under, such as 【重要工作】.</summary>
    public string? Section { get; init; }

    /// <summary>Its full text.</summary>
    public string? Text { get; init; }

    /// <summary>1-based position in its document.</summary>
    public int Ordinal { get; init; }

    /// <inheritdoc />
    public override EntityKind Kind => EntityKind.Article;
}
