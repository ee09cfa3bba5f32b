using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Extraction.Articles;
using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Normalization;
using KnowledgeGraph.Extraction.People;
using KnowledgeGraph.Extraction.Regions;
using KnowledgeGraph.Extraction.Units;

namespace KnowledgeGraph.Extraction.TeacherStudios;

/// <summary>
/// Teacher studios, counted — after the kind (县级名师工作室 33个) or before it, with at most a level between
/// (首批建45个省级名师工作室): a studio word of <c>seeds/reference/studio-words.csv</c> (名师工作室, 名师名校长工作室,
/// 卓越校长工作室, 工作坊 …) and a count of them, after a kind that runs back to the last break or verb (的, 、, 创建,
/// 打造 …) and may open with a level (省级, 州级, 市级, 县级, 校级)
/// (县级名师工作室 33个, 州级工作室10个、县级工作室200余个, 卓越校长(学前教育)工作室2个). Their region is the one the
/// kind names (四川省卓越校长…), else the last region named before them in the same article (平昌县…) or paragraph,
/// else the issuing region; they are one studio entity per region, level and kind. A batch is no part of the kind
/// (第三批县级名师工作室 are 县级名师工作室); a count inside brackets breaks down the count before it and is no studio
/// (县级名师名校长工作室 14个（其中名校长工作室 4个）), and one count for two levels (市级、县级名师工作坊45个) totals
/// studios counted on their own elsewhere, so it is none either; nor is a count after 其中 (其中乡村名师工作室20个), which
/// breaks down the one before it. A level written in the words before the kind starts it (今年新增县级乡村名师工作室 is
/// 县级乡村名师工作室). Several kinds share one count with 各 (市级名师工作室、名班主任工作室、名校长工作室各10个: three
/// studios of the level), and a kind written once carries to the levels counted after it (省级名师工作室40个、市级186个).
/// A studio named for its host (向丽名师工作室, 杨卫东名班主任工作室: a surname and a given name right after a break) is
/// one too, without a count or a region. The members (成员 232人) and the year due (到2025年) of their sentence are
/// read too.
/// </summary>
public sealed partial class TeacherStudioRecognizer : IRecognizer
{
    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Needs { get; } =
        [ExtractionFact.DocumentTitle, ExtractionFact.Issuers, ExtractionFact.IssuingRegion, ExtractionFact.RegionMentions, ExtractionFact.Plans, ExtractionFact.Articles];

    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Produces { get; } = [ExtractionFact.TeacherStudios];

    // The levels a studio's kind may open with.
    private const string Levels = "省级|州级|市级|县级|区级|校级";

    // Characters of places and scopes, which a host's name does not hold (全省名师工作室, 县级名师工作室).
    private const string NotInHostNames = "省市州县区级全各本该我";

    private const int MaxPrefix = 16;

    private readonly Regex _studio;
    private readonly Regex _countedBefore;
    private readonly Regex _sharedCount;
    private readonly HashSet<char> _surnames;
    private readonly Gazetteer _gazetteer;
    private readonly IssuingRegionRecognizer _issuingRegions;

    /// <summary>
    /// Builds the recogniser from studio words, the surnames of <paramref name="people"/>, and the gazetteer and unit
    /// words a studio's region is read with.
    /// </summary>
    public TeacherStudioRecognizer(IReadOnlyList<string> words, PersonWords people, Gazetteer gazetteer, UnitWords unitWords)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(people);
        _gazetteer = gazetteer;
        _issuingRegions = new IssuingRegionRecognizer(gazetteer, unitWords);
        var wordPattern = string.Join('|', words.OrderByDescending(w => w.Length).Select(Regex.Escape));
        _studio = new Regex($"(?<word>{wordPattern})\\s*(?<count>[0-9]+)\\s*余?个", RegexOptions.CultureInvariant | RegexOptions.Compiled);

        // 首批建45个省级名师工作室: the count before the studio word, with at most a level between.
        _countedBefore = new Regex($"(?<count>[0-9]+)\\s*余?个(?<kind>(?:{Levels})?)(?<word>{wordPattern})", RegexOptions.CultureInvariant | RegexOptions.Compiled);

        // 市级名师工作室、名班主任工作室、名校长工作室各10个: kinds of one level, each counted.
        _sharedCount = new Regex(
            $"(?<level>{Levels})(?<kinds>[^，。；、\\s]{{1,10}}?(?:{wordPattern})(?:、[^，。；、\\s]{{1,10}}?(?:{wordPattern}))+)各\\s*(?<count>[0-9]+)\\s*余?个",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);

        _surnames = [.. people.Surnames.Select(surname => surname[0])];
    }

    /// <inheritdoc />
    public void Recognize(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var regions = new StudioRegions(
            new SpanIndex<(SourceSpan Span, ExtractedEntity Region)>(
                context.Entities[EntityKind.Region].All.SelectMany(r => r.Mentions.Select(span => (Span: span, Region: r))),
                mention => mention.Span),
            new SpanIndex<ArticleEntity>(context.Articles, article => article.Span),
            new Lazy<string?>(() => _issuingRegions.NamingRegion(context) is { } document ? document.District ?? document.Division.Name : null));
        foreach (var paragraph in context.Text.Paragraphs)
        {
            foreach (Match match in _studio.Matches(paragraph.Text))
            {
                // A count inside brackets breaks down the count before it (名师名校长工作室 14个（其中名校长工作室 4个）).
                if (InsideBrackets(paragraph.Text, match.Index))
                {
                    continue;
                }

                // The kind runs back from the studio word to the last break or verb (…的县级名师工作室, 创建名师工作室),
                // or to a level written after other words (今年新增县级乡村…).
                var window = paragraph.Text[Math.Max(0, match.Index - MaxPrefix)..match.Index];
                var prefix = PrefixBreakRegex().Split(window)[^1];
                if (LastLevelRegex().Match(prefix) is { Success: true, Index: > 0 } level)
                {
                    prefix = prefix[level.Index..];
                }

                // 其中乡村名师工作室20个 breaks down the count before it.
                if (prefix.StartsWith("其中", StringComparison.Ordinal))
                {
                    continue;
                }

                // 市级、县级名师工作坊45个 totals the studios of two levels, each counted on its own elsewhere.
                if (SharedLevelRegex().IsMatch(window.AsSpan(0, window.Length - prefix.Length)) && LevelRegex().IsMatch(prefix))
                {
                    continue;
                }

                var span = SourceSpan.FromBounds(paragraph.Span.Start + match.Index - prefix.Length, paragraph.Span.Start + match.Index + match.Length);
                Register(context, regions, paragraph, span, prefix + match.Groups["word"].Value, match.Groups["count"].Value);

                // 省级名师工作室40个、市级186个、县级520个: the kind carries to the levels counted after it.
                if (LevelRegex().Match(prefix) is { Success: true } ownLevel)
                {
                    var kind = prefix[ownLevel.Length..] + match.Groups["word"].Value;
                    for (var next = LevelCountRegex().Match(paragraph.Text, match.Index + match.Length); next.Success; next = LevelCountRegex().Match(paragraph.Text, next.Index + next.Length))
                    {
                        var nextSpan = new SourceSpan(paragraph.Span.Start + next.Index + 1, next.Length - 1);
                        Register(context, regions, paragraph, nextSpan, next.Groups["level"].Value + kind, next.Groups["count"].Value);
                    }
                }
            }

            foreach (Match match in _sharedCount.Matches(paragraph.Text))
            {
                var span = new SourceSpan(paragraph.Span.Start + match.Index, match.Length);
                foreach (var kind in match.Groups["kinds"].Value.Split('、'))
                {
                    Register(context, regions, paragraph, span, match.Groups["level"].Value + kind, match.Groups["count"].Value);
                }
            }

            foreach (Match match in HostedRegex().Matches(paragraph.Text))
            {
                var host = match.Groups["host"].Value;
                if (_surnames.Contains(host[0]) && !host.Any(NotInHostNames.Contains))
                {
                    var name = match.Value;
                    var span = new SourceSpan(paragraph.Span.Start + match.Index, match.Length);
                    context.Entities[EntityKind.TeacherStudio].Register(name, span, name);
                    context.Studios.Add(new TeacherStudioMention(name, span, null));
                }
            }

            foreach (Match match in _countedBefore.Matches(paragraph.Text))
            {
                if (!InsideBrackets(paragraph.Text, match.Index))
                {
                    var span = new SourceSpan(paragraph.Span.Start + match.Index, match.Length);
                    Register(context, regions, paragraph, span, match.Groups["kind"].Value + match.Groups["word"].Value, match.Groups["count"].Value);
                }
            }
        }
    }

    // One counted studio: its kind as written (a level, then the kind), in its region (StudioRegions).
    private void Register(
        ExtractionContext context,
        StudioRegions regions,
        Paragraph paragraph,
        SourceSpan span,
        string written,
        string count)
    {
        var levelMatch = LevelRegex().Match(written);
        var level = levelMatch.Success ? levelMatch.Value : null;
        var kind = ChineseText.RemoveWhitespace(written[levelMatch.Length..]);
        var regionName = regions.For(paragraph, span);
        var name = (regionName is null || kind.StartsWith(regionName, StringComparison.Ordinal) ? string.Empty : regionName) + level + kind;
        var studio = context.Entities[EntityKind.TeacherStudio].Register(name, span, name);
        studio.Properties[PropertyNames.Count] = long.Parse(count, CultureInfo.InvariantCulture);
        if (level is not null)
        {
            studio.Properties[PropertyNames.Level] = level;
        }

        var sentence = Sentence(context.Text.Text, span.Start);
        if (MembersRegex().Match(sentence) is { Success: true } members)
        {
            studio.Properties[PropertyNames.Members] = long.Parse(members.Groups["members"].Value, CultureInfo.InvariantCulture);
        }

        if (YearRegex().Match(sentence) is { Success: true } year)
        {
            studio.Properties[PropertyNames.Year] = long.Parse(year.Groups["year"].Value, CultureInfo.InvariantCulture);
        }

        var division = regionName is null ? null : _gazetteer.Find(regionName);
        context.Studios.Add(new TeacherStudioMention(name, span, division));
    }

    // Where a counted studio's region is read: the last region named before it in its article or paragraph, else the
    // document's, read once and only if needed (its issuing region, else the division its department issuer or title opens with, a
    // district the gazetteer does not know included: a bulletin's 市级 studios are its city's).
    private sealed record StudioRegions(
        SpanIndex<(SourceSpan Span, ExtractedEntity Region)> Mentions,
        SpanIndex<ArticleEntity> Articles,
        Lazy<string?> DocumentRegion)
    {
        public string? For(Paragraph paragraph, SourceSpan span)
        {
            var scopeStart = Articles.Holding(span)?.Span.Start ?? paragraph.Span.Start;
            return Mentions.Within(SourceSpan.FromBounds(scopeStart, span.End)).LastOrDefault().Region?.Name ?? DocumentRegion.Value;
        }
    }

    // Whether a bracket opened before `index` in the paragraph is still open there.
    private static bool InsideBrackets(string text, int index)
    {
        var depth = 0;
        for (var i = 0; i < index; i++)
        {
            if (text[i] is '（' or '(')
            {
                depth++;
            }
            else if (text[i] is '）' or ')' && depth > 0)
            {
                depth--;
            }
        }

        return depth > 0;
    }

    private static string Sentence(string text, int offset)
    {
        var start = text.LastIndexOfAny(['。', '；', '\n'], Math.Max(0, offset - 1)) + 1;
        var end = text.IndexOfAny(['。', '；', '\n'], offset);
        return text[start..(end < 0 ? text.Length : end)];
    }

    // Breaks and verbs before the kind (…的县级名师工作室, 创建名师工作室, 打造…工作坊) are not part of it, and nor is
    // the batch (第三批县级名师工作室).
    [GeneratedRegex("的|、|，|。|；|\\s|个|创建|建设|建成|成立|打造|组建|设立|认定|挂牌|第[0-9一二三四五六七八九十]+批")]
    private static partial Regex PrefixBreakRegex();

    // A level and 、 right before the kind's own level: one count for both levels.
    [GeneratedRegex("(?:" + Levels + ")、$")]
    private static partial Regex SharedLevelRegex();

    [GeneratedRegex("^(?:" + Levels + ")")]
    private static partial Regex LevelRegex();

    // 向丽名师工作室, 杨卫东名班主任工作室: a host of two or three characters after a break, then the kind.
    [GeneratedRegex("(?<=^|[，、。；：（）“”\\s])(?<host>\\p{IsCJKUnifiedIdeographs}{2,3})(?<kind>名师名校长|名师|名班主任|名校长)(?<word>工作室|工作坊)")]
    private static partial Regex HostedRegex();

    [GeneratedRegex("(?:" + Levels + ")", RegexOptions.RightToLeft)]
    private static partial Regex LastLevelRegex();

    // 、市级186个 right after a counted studio: another level of its kind.
    [GeneratedRegex("\\G、(?<level>" + Levels + ")\\s*(?<count>[0-9]+)\\s*余?个")]
    private static partial Regex LevelCountRegex();

    [GeneratedRegex("成员\\s*(?<members>[0-9]+)\\s*(?:余)?(?:人|名)")]
    private static partial Regex MembersRegex();

    [GeneratedRegex("(?:到|至)\\s*(?<year>20[0-9]{2})\\s*年")]
    private static partial Regex YearRegex();
}
