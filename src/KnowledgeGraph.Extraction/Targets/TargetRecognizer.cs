using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Extraction.Normalization;

namespace KnowledgeGraph.Extraction.Targets;

/// <summary>
/// Targets: quantified goals due by a year. A due year is written 到2025年, 在2024年7月底前, 2023年前; it holds for the
/// rest of its sentence, until another year is written. (Reading a plan's bare years, 2022年9月，, as due and letting
/// a due year hold for the rest of a plan's paragraph was measured on the evaluation: one goal more that nobody
/// wanted, none that was missed; it is not done.) 2022年起 and
/// 2018年以来 are starts, not due years, and end the year before them, so results already reached are not goals;
/// 截至2023年底 is the date a figure was counted at, and a clause saying 已达, 已建成 … states a result reached.
/// Under a due year, a goal is a value — a percentage, a count with its measure word (92%, 4—5所, 5万个), a ratio
/// (1：12.5) — written in one of three ways: indicator, verb, value (毛入园率达92%); indicator then value at the end of a
/// clause or list item (配备率100%, 新增学位5万个); a building verb, value, then what is counted (建成50个示范基地). A
/// scope or a verb that opens the indicator (全州, 实现) and a 力争 that closes it are not part of it. A sentence
/// without a due year of its own that speaks of every year or term (每年, 每学期) is a standing rule, not a goal, and
/// so is any clause that does.
/// </summary>
public sealed partial class TargetRecognizer : IRecognizer
{
    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Needs { get; } = [];

    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Produces { get; } = [ExtractionFact.Targets];

    /// <inheritdoc />
    public void Recognize(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var paragraph in context.Text.Paragraphs)
        {
            foreach (Match sentence in SentenceRegex().Matches(paragraph.Text))
            {
                int? due = null;
                var years = YearRegex().Matches(sentence.Value);
                if (years.Count == 0 && RecurringRegex().IsMatch(sentence.Value))
                {
                    continue;
                }

                foreach (var (clauseStart, clause) in Clauses(sentence.Value))
                {
                    foreach (Match year in years.Where(y => y.Index >= clauseStart && y.Index < clauseStart + clause.Length))
                    {
                        due = DueYear(sentence.Value, year);
                    }

                    // 已建成…126个, 已达95.2%: a result already reached, whatever year is due.
                    if (due is null || RecurringRegex().IsMatch(clause) || IsStandingRule(sentence.Value, clauseStart, years) || ReachedRegex().IsMatch(clause))
                    {
                        continue;
                    }

                    // The year itself is no part of an indicator (到2026年全市新建学校15所): blanked, offsets kept.
                    var offset = paragraph.Span.Start + sentence.Index + clauseStart;
                    foreach (var goal in Goals(YearRegex().Replace(clause, year => new string(' ', year.Length))))
                    {
                        Register(context, goal, offset, due.Value, sentence.Value.Trim());
                    }
                }
            }
        }
    }

    // 到2025年 and …年底前 are due years, a bare year is none; 起 and 以来 start a period instead, and 2023年的56.11% is
    // a point in time that a figure was read at.
    private static int? DueYear(string sentence, Match year)
    {
        var end = year.Index + year.Length;
        if (year.Groups["start"].Success || (end < sentence.Length && sentence[end] == '的') || IsAsOf(sentence, year))
        {
            return null;
        }

        var isDue = year.Groups["to"].Success || year.Groups["before"].Success;
        return isDue ? int.Parse(year.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
    }

    // 截至2023年底 and 截止2023年 are the date a figure was counted at, not a due year.
    private static bool IsAsOf(string sentence, Match year)
    {
        var before = sentence.AsSpan(0, year.Groups["year"].Index).TrimEnd();
        return before.EndsWith("截至", StringComparison.Ordinal) || before.EndsWith("截止", StringComparison.Ordinal)
            || before.EndsWith("截止到", StringComparison.Ordinal);
    }

    // The part of the sentence between ； that holds the clause, when it has no year of its own, is a standing rule if
    // it speaks of every year or term or of what holds 原则上 (规模原则上不超过3000人).
    private static bool IsStandingRule(string sentence, int clauseStart, MatchCollection years)
    {
        var partStart = sentence.LastIndexOfAny(['；', ';'], Math.Max(clauseStart - 1, 0)) + 1;
        var partEnd = sentence.IndexOfAny(['；', ';'], clauseStart);
        partEnd = partEnd < 0 ? sentence.Length : partEnd;
        if (years.Any(y => y.Index >= partStart && y.Index < partEnd))
        {
            return false;
        }

        var part = sentence[partStart..partEnd];
        return RecurringRegex().IsMatch(part) || part.Contains("原则上", StringComparison.Ordinal);
    }

    // Clauses end at ， ； and the like; a year and the goals after it are read clause by clause.
    private static IEnumerable<(int Start, string Text)> Clauses(string sentence)
    {
        foreach (Match clause in ClauseRegex().Matches(sentence))
        {
            yield return (clause.Index, clause.Value);
        }
    }

    private static List<Goal> Goals(string clause)
    {
        var goals = new List<Goal>();
        foreach (Match match in VerbGoalRegex().Matches(clause))
        {
            goals.Add(new Goal(match.Groups["indicator"], match.Groups["verb"].Value, match.Groups["value"], match.Index + match.Length));
        }

        foreach (Match match in TrailingValueRegex().Matches(clause))
        {
            if (!Overlaps(goals, match.Groups["value"]))
            {
                goals.Add(new Goal(match.Groups["indicator"], string.Empty, match.Groups["value"], match.Index + match.Length));
            }
        }

        foreach (Match match in CountedRegex().Matches(clause))
        {
            if (!Overlaps(goals, match.Groups["value"]))
            {
                goals.Add(new Goal(match.Groups["noun"], string.Empty, match.Groups["value"], match.Index + match.Length));
            }

            // 建成50个示范园（点）、500个基地园（点）: list items after it count with the same verb.
            var next = match.Index + match.Length;
            while (ListItemRegex().Match(clause, next) is { Success: true } item && item.Index == next)
            {
                if (!Overlaps(goals, item.Groups["value"]))
                {
                    goals.Add(new Goal(item.Groups["noun"], string.Empty, item.Groups["value"], item.Index + item.Length));
                }

                next = item.Index + item.Length;
            }
        }

        return goals;
    }

    private static bool Overlaps(List<Goal> goals, Group value) =>
        goals.Any(g => g.Value.Index < value.Index + value.Length && value.Index < g.Value.Index + g.Value.Length);

    private static void Register(ExtractionContext context, Goal goal, int offset, int due, string sentence)
    {
        var raw = goal.Indicator.Value;
        var scope = ScopeRegex().Match(raw);
        var indicator = ChineseText.RemoveWhitespace(TrailingWordRegex().Replace(raw[scope.Length..], string.Empty));
        if (indicator.Length < 2)
        {
            return;
        }

        var value = ChineseText.RemoveWhitespace(goal.Value.Value);
        var start = Math.Min(goal.Indicator.Index + scope.Length, goal.Value.Index);
        var span = SourceSpan.FromBounds(offset + start, offset + goal.End);
        var name = indicator + goal.Verb + value;
        var mention = new TargetMention(name, indicator, value, due, span, sentence);
        var key = $"{NodeIds.KeyOf(context.DocumentId)}/{span.Start.ToString(CultureInfo.InvariantCulture)}";
        var target = context.Entities[EntityKind.Target].Register(name, span, name, key);
        target.Properties[PropertyNames.Indicator] = indicator;
        target.Properties[PropertyNames.Value] = value;
        target.Properties[PropertyNames.Year] = (long)due;
        target.Properties[PropertyNames.Text] = mention.Clause;
        context.Targets.Add(mention);
    }

    private sealed record Goal(Group Indicator, string Verb, Group Value, int End);

    private const string Count = @"[0-9]+(?:\.[0-9]+)?(?:\s*[—\-~～]\s*[0-9]+(?:\.[0-9]+)?)?\s*万?\s*余?\s*";

    private const string Bound = @"(?:及以上|以上|及以下|以下|左右)?";

    private const string Value = "(?<value>" + Count + "(?:%|％|人次|所|个|名|人|门|种|项|家|堂|节|倍|套|对)" + Bound
        + @"|[0-9]+\s*[:：]\s*[0-9]+(?:\.[0-9]+)?)";

    private const string CountValue = "(?<value>" + Count + "(?:所|个|名|门|种|项|家|节|套|对)" + Bound + ")";

    // What a counted noun is made of: words, quoted names, a short bracket (园（点）).
    private const string Noun = @"(?<noun>(?:“[^”]{1,30}”|（[^）]{1,6}）|[^，。；：、“”（）()0-9\s])(?:“[^”]{1,30}”|（[^）]{1,6}）|[^，。；：、“”（）()0-9\s]){1,30})";

    [GeneratedRegex("[^。]+。?")]
    private static partial Regex SentenceRegex();

    [GeneratedRegex("[^，,；;：:]+[，,；;：:]?")]
    private static partial Regex ClauseRegex();

    [GeneratedRegex("已(?:经)?(?:达|建成|完成|实现|提高|提升|增加|增长|超过|覆盖|有)")]
    private static partial Regex ReachedRegex();

    [GeneratedRegex(@"(?<to>(?:到|至|在)\s*)?(?<year>20[0-9]{2})\s*年(?:\s*[0-9]{1,2}\s*月)?(?:(?:底|末)?(?<before>前)|底|末)?(?<start>起|以来)?")]
    private static partial Regex YearRegex();

    [GeneratedRegex("每年|每学年|每学期|每月|每周|每季度")]
    private static partial Regex RecurringRegex();

    [GeneratedRegex(@"(?<indicator>(?:（[^）]{1,6}）|[^，。；：、,（）()〔〕【】\[\]]){2,30}?)(?<verb>达到|提高到|提高至|提升到|提升至|增加到|增加至|降低到|降低至|控制在|不低于|不超过|超过|达|超)\s*" + Value)]
    private static partial Regex VerbGoalRegex();

    // 配备率100%, 新增学位5万个, “德智体美劳一体化发展特色学校”10所, 精品主播学校各1所: a value that closes a clause or a list item.
    [GeneratedRegex(@"(?<indicator>(?:“[^”]{1,30}”|[^，。；：、“”（）()〔〕0-9\s])(?:“[^”]{1,30}”|[^，。；：、“”（）()〔〕0-9]){0,30}?)\s*各?\s*" + Value + @"\s*(?=$|[、，。；,;])")]
    private static partial Regex TrailingValueRegex();

    // 建成50个州级学普示范基地园（点）: a building verb, the count, then what is counted.
    [GeneratedRegex("(?:新创建|建成|建设|创建|新建|培育|引进|认定|打造|办好|遴选|新增|开设|开展|推荐|联办|领办|建立|有)\\s*" + CountValue + "\\s*" + Noun)]
    private static partial Regex CountedRegex();

    [GeneratedRegex("、\\s*" + CountValue + "\\s*" + Noun)]
    private static partial Regex ListItemRegex();

    [GeneratedRegex("^(?:推动|实现|确保|力争|使|将|要|全面|全州|全省|全市|全县|全国|各县（市）|每个县（市）|每县（市）|各|在|至少|再|并|明确)+")]
    private static partial Regex ScopeRegex();

    [GeneratedRegex("(?:力争|均|分别|全面|将|要)+$")]
    private static partial Regex TrailingWordRegex();
}
