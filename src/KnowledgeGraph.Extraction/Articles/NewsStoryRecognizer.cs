using System.Text.RegularExpressions;
using KnowledgeGraph.Extraction.Normalization;

namespace KnowledgeGraph.Extraction.Articles;

/// <summary>
/// Newspaper stories: a story starts at 本报讯 (wherever it stands: the layout glues it to the line before) or at
/// 据…消息 (据新华社消息) at the start of a line or after a space, and runs to the next story or the end. A web page's
/// story starts at its headline, the line right above the page's publishing line (发布时间：…, 来源：…), and is titled
/// by it; a 本报讯 in that publishing line or the paragraph after it opens the same story. The layout moves
/// newspaper headlines to the end of a story, so the title is the first run of headline lines (no prose punctuation
/// and no 、, at most <see cref="MaxHeadlineLength"/> characters) after which the story holds no more body text (a prose line longer than <see cref="MaxCaptionLength"/> that ends a sentence): a run of one or two
/// lines is joined with a space (kicker and headline), a longer run (a flattened table follows) gives its first
/// line. A story without one is titled by its first sentence after the dateline, cut at
/// <see cref="MaxHeadlineLength"/>.
/// </summary>
public sealed partial class NewsStoryRecognizer : IRecognizer
{
    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Needs { get; } = [];

    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Produces { get; } = [ExtractionFact.Articles];

    /// <summary>A longer line is not a headline.</summary>
    public const int MaxHeadlineLength = 40;

    /// <summary>A prose line up to this long is a photo caption, not body text.</summary>
    public const int MaxCaptionLength = 60;

    /// <inheritdoc />
    public void Recognize(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = context.Text.Text;
        var pages = WebPageStories(context.Text.Paragraphs).ToList();
        var starts = StartRegex().Matches(text)
            .Where(m => !pages.Any(page => page.Headline.Span.Start <= m.Index && m.Index < page.OpeningEnd))
            .Select(m => (Index: m.Index, Headline: (string?)null))
            .Concat(pages.Select(page => (Index: page.Headline.Span.Start, Headline: (string?)page.Headline.Text.Trim())))
            .OrderBy(start => start.Index)
            .ToList();
        for (var i = 0; i < starts.Count; i++)
        {
            var end = i + 1 < starts.Count ? starts[i + 1].Index : text.Length;
            var story = text[starts[i].Index..end].TrimEnd();
            var span = new SourceSpan(starts[i].Index, story.Length);
            context.Articles.Add(new ArticleEntity(ArticleGenres.NewsStory, starts[i].Headline ?? TitleOf(story), null, span, []));
        }
    }

    // Each headline right above a publishing line, with where the story's opening (that line and the paragraph after
    // it) ends.
    private static IEnumerable<(Paragraph Headline, int OpeningEnd)> WebPageStories(IReadOnlyList<Paragraph> paragraphs)
    {
        for (var i = 1; i < paragraphs.Count; i++)
        {
            if (PublishingLineRegex().IsMatch(paragraphs[i].Text) && IsHeadline(paragraphs[i - 1].Text.Trim()))
            {
                yield return (paragraphs[i - 1], paragraphs[Math.Min(i + 1, paragraphs.Count - 1)].Span.End);
            }
        }
    }

    private static string TitleOf(string story)
    {
        var lines = story.Split('\n').Select(line => line.Trim()).ToList();
        for (var i = 1; i < lines.Count; i++)
        {
            if (!IsHeadline(lines[i]))
            {
                continue;
            }

            var run = lines.Skip(i).TakeWhile(IsHeadline).ToList();
            if (!lines.Skip(i + run.Count).Any(IsBody))
            {
                return run.Count <= 2 ? string.Join(' ', run) : run[0];
            }

            i += run.Count;
        }

        var opening = DatelineRegex().Replace(string.Concat(lines), string.Empty);
        var stop = opening.IndexOf('。', StringComparison.Ordinal);
        var sentence = stop < 0 ? opening : opening[..stop];
        return sentence.Length > MaxHeadlineLength ? sentence[..MaxHeadlineLength] : sentence;
    }

    // 、 lists (省委教育工委、教育厅领导班子) belong to sentences cut by the layout, not to headlines.
    private static bool IsHeadline(string line) =>
        line.Length > 0 && line.Length <= MaxHeadlineLength && !ChineseText.HasProsePunctuation(line) && !line.Contains('、', StringComparison.Ordinal);

    private static bool IsBody(string line) =>
        line.Length > MaxCaptionLength && ChineseText.HasProsePunctuation(line) && line[^1] is '。' or '！' or '？' or '”' or '：';

    [GeneratedRegex(@"^\s*(?:发布时间|发布日期|信息来源|来源)[：:]")]
    private static partial Regex PublishingLineRegex();

    [GeneratedRegex(@"本报讯|(?<=^|\n|\s)据[^，。；\s]{1,12}消息")]
    private static partial Regex StartRegex();

    [GeneratedRegex(@"^(?:本报讯\s*[（(][^）)]*[）)]|据[^，。；\s]{1,12}消息)\s*")]
    private static partial Regex DatelineRegex();
}
