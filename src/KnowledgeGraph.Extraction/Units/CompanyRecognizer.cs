using System.Text.RegularExpressions;
using KnowledgeGraph.Extraction.Normalization;
using KnowledgeGraph.Extraction.Regions;

namespace KnowledgeGraph.Extraction.Units;

/// <summary>
/// Companies: a name ending with a company suffix of <c>seeds/reference/company-suffixes.csv</c> (有限责任公司,
/// 有限公司 …), running back to the last break — punctuation, a space or the paragraph's start — over at most
/// <see cref="MaxName"/> characters, brackets included (泸天化（集团）有限责任公司). Each is a unit under its name as
/// written. A company's name opens with its region (宜宾三江智造科技有限公司, 四川华蓥山建材有限公司), so where a
/// joiner or lead word of <see cref="UnitWords"/> (与, 和, 联合 …) stands right before a region in the run, the name
/// starts at that region: 推动职业院校与绵阳涪江智能装备有限公司 names 绵阳涪江智能装备有限公司. In a flattened table,
/// where names are glued together, a name starts after the end word of the name before it (学院, 学校, 大学, 中学, 局, 厅).
/// </summary>
public sealed partial class CompanyRecognizer : IRecognizer
{
    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Needs { get; } = [];

    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Produces { get; } = [ExtractionFact.Companies];

    /// <summary>A longer run before the suffix is a sentence, not a name.</summary>
    public const int MaxName = 20;

    private readonly Regex _company;
    private readonly Gazetteer _gazetteer;
    private readonly IReadOnlyList<string> _leads;

    /// <summary>Builds the recogniser from company suffixes, the gazetteer and the unit words.</summary>
    public CompanyRecognizer(IReadOnlyList<string> suffixes, Gazetteer gazetteer, UnitWords words)
    {
        ArgumentNullException.ThrowIfNull(suffixes);
        ArgumentNullException.ThrowIfNull(words);
        _gazetteer = gazetteer;
        _leads = [.. words.Joiners.Concat(words.Leads).OrderByDescending(w => w.Length)];
        var suffixPattern = string.Join('|', suffixes.OrderByDescending(s => s.Length).Select(Regex.Escape));
        _company = new Regex($"[\\p{{IsCJKUnifiedIdeographs}}（）()]{{2,{MaxName}}}?(?:{suffixPattern})", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    /// <inheritdoc />
    public void Recognize(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var paragraph in context.Text.Paragraphs)
        {
            foreach (Match match in _company.Matches(paragraph.Text))
            {
                // The match starts after a break, since breaks are not in the name's class; a flattened table glues
                // names together (…成都职业技术学院成都京东方光电科技有限公司), so a name starts after another's end word.
                var glued = OtherNameEndRegex().Matches(match.Value).LastOrDefault();
                var offset = Math.Max(glued is null ? 0 : glued.Index + glued.Length, RegionAfterLead(match.Value));
                var name = ChineseText.RemoveWhitespace(match.Value[offset..]);
                context.Companies.Add(new UnitMention(name, new SourceSpan(paragraph.Span.Start + match.Index + offset, match.Length - offset)));
            }
        }
    }

    // 与宜宾三江智造科技有限公司: where the name's region follows a joiner or lead word, the name starts there; the
    // last such region wins (推动宜宾与绵阳涪江…). A region inside the name (四川华蓥山: 华蓥) follows no such word.
    private int RegionAfterLead(string run)
    {
        for (var at = run.Length - 1; at > 0; at--)
        {
            if (_gazetteer.LongestMatch(run, at, (_, _) => true) is not null
                && ChineseText.WordEndsAt(run, at, _leads))
            {
                return at;
            }
        }

        return 0;
    }

    [GeneratedRegex("学院|学校|大学|中学|局|厅")]
    private static partial Regex OtherNameEndRegex();
}
