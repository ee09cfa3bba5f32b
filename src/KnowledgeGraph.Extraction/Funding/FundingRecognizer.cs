using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Graph;

namespace KnowledgeGraph.Extraction.Funding;

/// <summary>
/// Funding lines: every amount of money — a number, or a range 2—100, with 万元, 亿元 or 元, whose lower end may
/// carry its own 万 or 亿 (3万—5万元, 50万～100万元) — read into yuan. Words
/// around it bound it: 不少于/不低于/至少/超过 before it or 以上 after it leave the upper bound open, 最高/不超过/最多
/// before it or 以下/以内 after it the lower one, and 多/余 (30多亿元) the upper one. From its clause (between ，。；)
/// come the period (每年, 年均, 每月, /月 after the amount, 一次性, 每学年), the unit it is counted per (生均, 人均, or
/// the nearest 每… that is not a period: 每生, 每室, 每个名师名校长工作室), the payer (the nearest 州级财政 … before it,
/// else 由州、县（市）财政 … after it) and the purpose: what follows 用于, else the words right after the amount up to
/// 和 及 、 or a number (5000万元教育基金), else the clause's words before it without the verbs and qualifiers that lead
/// up to the amount (累计发放国家助学金). A clause starts after the previous amount when it holds several.
/// </summary>
public sealed partial class FundingRecognizer : IRecognizer
{
    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Needs { get; } = [];

    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Produces { get; } = [ExtractionFact.FundingLines];

    private const int MaxPurposeLength = 20;

    /// <inheritdoc />
    public void Recognize(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = context.Text.Text;
        var previousEnd = 0;
        foreach (Match match in AmountRegex().Matches(text))
        {
            // An amount's clause starts after the previous amount too (300万元、各县（市）财政每年不少于200万元).
            var clauseStart = Math.Max(text.LastIndexOfAny(ClauseBreaks, Math.Max(0, match.Index - 1)) + 1, previousEnd);
            previousEnd = match.Index + match.Length;
            var clauseEnd = text.IndexOfAny(ClauseBreaks, match.Index + match.Length);
            clauseEnd = clauseEnd < 0 ? text.Length : clauseEnd;
            var before = text[clauseStart..match.Index].TrimStart('、', ' ');
            var after = text[(match.Index + match.Length)..clauseEnd];
            var (min, max) = Bounds(match, before, after);
            var mention = new FundingMention(
                match.Value.Trim(),
                new SourceSpan(match.Index, match.Length),
                text[clauseStart..clauseEnd].Trim(),
                min,
                max,
                Period(before, match),
                PerUnit(before),
                (PayerRegex().Matches(before).LastOrDefault() ?? PayerRegex().Matches(after).FirstOrDefault())?.Value,
                Purpose(before, after));
            var key = $"{NodeIds.KeyOf(context.DocumentId)}/{match.Index.ToString(CultureInfo.InvariantCulture)}";
            var line = context.Entities[EntityKind.FundingLine].Register(mention.Written, mention.Span, mention.Written, key);
            Set(line.Properties, PropertyNames.AmountYuanMin, mention.MinYuan);
            Set(line.Properties, PropertyNames.AmountYuanMax, mention.MaxYuan);
            Set(line.Properties, PropertyNames.Period, mention.Period);
            Set(line.Properties, PropertyNames.PerUnit, mention.PerUnit);
            Set(line.Properties, PropertyNames.Payer, mention.Payer);
            Set(line.Properties, PropertyNames.Purpose, mention.Purpose);
            line.Properties[PropertyNames.Text] = mention.Clause;
            context.Funding.Add(mention);
        }
    }

    private static readonly char[] ClauseBreaks = ['，', '。', '；', '\n', ',', ';'];

    private static (long? Min, long? Max) Bounds(Match match, string before, string after)
    {
        var scale = Scale(match.Groups["unit"].Value);
        var lowScale = match.Groups["minScale"].Success ? Scale(match.Groups["minScale"].Value) : scale;
        var low = (long)(decimal.Parse(match.Groups["min"].Value, CultureInfo.InvariantCulture) * lowScale);
        var high = match.Groups["max"].Success ? (long)(decimal.Parse(match.Groups["max"].Value, CultureInfo.InvariantCulture) * scale) : low;
        var tail = before.Length > 6 ? before[^6..] : before;
        if (match.Groups["approx"].Success || AtLeastRegex().IsMatch(tail) || after.StartsWith("以上", StringComparison.Ordinal) || after.StartsWith("及以上", StringComparison.Ordinal))
        {
            return (low, null);
        }

        return AtMostRegex().IsMatch(tail) || after.StartsWith("以下", StringComparison.Ordinal) || after.StartsWith("以内", StringComparison.Ordinal)
            ? (null, high)
            : (low, high);
    }

    // 亿元 or 亿, 万元 or 万, 元.
    private static decimal Scale(string unit) => unit[0] switch
    {
        '亿' => 100_000_000m,
        '万' => 10_000m,
        _ => 1m,
    };

    private static string? Period(string before, Match match) =>
        match.Groups["monthly"].Success ? "每月" : PeriodRegex().Matches(before).LastOrDefault()?.Value;

    private static string? PerUnit(string before)
    {
        if (PerCapitaRegex().Matches(before).LastOrDefault() is { } perCapita)
        {
            return perCapita.Value;
        }

        return PerRegex().Matches(before).LastOrDefault()?.Value;
    }

    private static string? Purpose(string before, string after)
    {
        var use = after.IndexOf("用于", StringComparison.Ordinal);
        if (use >= 0)
        {
            return Clip(after[(use + 2)..]);
        }

        var following = FollowingStopRegex().Split(after.TrimStart(' ', '/', '月'))[0];
        if (following.Length > 0 && !NotAPurposeRegex().IsMatch(following))
        {
            return Clip(following);
        }

        var preceding = TrailingQualifierRegex().Replace(LeadingNoiseRegex().Replace(before, string.Empty).Trim(), string.Empty).Trim();
        return preceding.Length > 0 ? Clip(preceding, fromEnd: true) : null;
    }

    private static string? Clip(string text, bool fromEnd = false)
    {
        text = text.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        return text.Length <= MaxPurposeLength ? text : fromEnd ? text[^MaxPurposeLength..] : text[..MaxPurposeLength];
    }

    private static void Set(IDictionary<string, object?> properties, string name, object? value)
    {
        if (value is not null)
        {
            properties[name] = value;
        }
    }

    // A range may write its scale on both ends (3万—5万元, 2亿—3亿元): minScale is the lower end's.
    [GeneratedRegex(@"(?<min>[0-9]+(?:\.[0-9]+)?)(?:\s*(?<minScale>亿|万)?\s*[—－\-~～至到]\s*(?<max>[0-9]+(?:\.[0-9]+)?))?\s*(?<approx>多|余)?\s*(?<unit>亿元|万元|元)(?<monthly>/月)?")]
    private static partial Regex AmountRegex();

    [GeneratedRegex("(?:不少于|不低于|至少|(?<!不)超过)\\s*$")]
    private static partial Regex AtLeastRegex();

    [GeneratedRegex("(?:最高不超过|不超过|最高|最多)\\s*$")]
    private static partial Regex AtMostRegex();

    [GeneratedRegex("每年|年均|每月|每学年|一次性")]
    private static partial Regex PeriodRegex();

    [GeneratedRegex("生均|人均")]
    private static partial Regex PerCapitaRegex();

    // 每生, 每室, 每个名师名校长工作室: 每 and what follows, up to the next 每, number or qualifier; never a period.
    [GeneratedRegex("每(?!年|月|学年)[^每0-9\\s不，。；]{1,12}?(?=每|[0-9\\s]|不少于|不低于|$)")]
    private static partial Regex PerRegex();

    [GeneratedRegex("(?:州级|县级|省级|市级|中央|本级|同级|州、县（市）|各县（市）|县（市）)(?:财政|经费)")]
    private static partial Regex PayerRegex();

    [GeneratedRegex("^(?:由|的|以|及|和|、|（|\\(|，|。|；|或|按|为|/)")]
    private static partial Regex NotAPurposeRegex();

    [GeneratedRegex("^(?:[0-9]{4}年(?:[0-9]{1,2}月)?起?将?|其中|并|且|同时|另外|再|对|按)+")]
    private static partial Regex LeadingNoiseRegex();

    // 辅导员劳务报酬提升至人均: the words that lead up to the amount are not what it is for.
    [GeneratedRegex("(?:提升至|提高至|提高到|增加到|达到|达|为|给予|予以|安排|划拨|不少于|不低于|最高不超过|不超过|最高|每年|年均|每月|人均|生均|一次性|每[^每]{1,3})+$")]
    private static partial Regex TrailingQualifierRegex();

    [GeneratedRegex("[和及、0-9（(]")]
    private static partial Regex FollowingStopRegex();
}
