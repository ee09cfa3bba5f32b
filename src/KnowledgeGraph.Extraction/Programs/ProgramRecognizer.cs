using System.Text.RegularExpressions;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Extraction.Normalization;

namespace KnowledgeGraph.Extraction.Programs;

/// <summary>
/// Programs — named actions, plans, projects and campaigns — in two shapes, with the program words (计划, 行动, 工程,
/// 行动计划) and trigger verbs of <c>seeds/reference/program-words.csv</c> and <c>program-triggers.csv</c>:
/// <list type="bullet">
/// <item>quoted: a quotation “…” that ends with a program word (“宏志助航计划”), or one or more quotations followed
/// by up to eight characters ending with one (“经典润乡土”计划, “9+3”免费教育计划, “双一流”建设贡嘎计划,
/// “强校+薄弱”“城市+农村”组团式对口帮扶计划);</item>
/// <item>unquoted: after a trigger verb (实施, 启动, 推进 …), four to twenty characters without punctuation ending
/// with a program word (实施县城幼儿园增量提质计划), several of them when joined by 、 or 和 (实施县中托管帮扶工程、
/// 县中标准化建设工程和县中信息化水平提升工程); a leading scope (全省, 全州 …) is not part of the name;</item>
/// <item>listed: a name ending with a program word right after another program and 、 (“千名英才·智汇凉山”引才行动、
/// 公费师范生培养计划等), or any quotation in a run of quotations before 等 when one of them is a program
/// (“特岗计划”“三支一扶”“西部计划”等基层项目).</item>
/// </list>
/// A quotation without a program word is a program in two more shapes, with the words of
/// <c>seeds/reference/quoted-program-words.csv</c>: right before 建设 (“双一流”建设, “双高”建设; not inside a quoted
/// program already found: “双一流”建设贡嘎计划), and followed, within twelve characters of the same clause, by an
/// activity word (活动, 赛事): “周五直通车”特色线下双选活动, “影子跟岗”等活动, and every quotation of a run before 等
/// (“校园招聘月”“就业促进周”等…系列活动). The activity's name is the quotation alone, and it is the program the
/// document names with that quotation and more words (“经典润乡土”主题宣传活动 is “经典润乡土”计划). A quotation
/// right before 评选 names a prize (“教学成果奖”评选活动), one after 各类 a kind of activity (各类“进校园”活动): neither
/// is a program. Quotations
/// followed by other nouns — modes, goals, mechanisms, slogans (“先学后付”支付模式, “平安研考”目标, “双减”协调机制) —
/// are no programs.
/// Unquoted names may hold — and （…） (小凉山—乌蒙山片区教育振兴计划, 州级示范（特色）专业建设工程). Titles of
/// documents in 《…》 are not programs, nor is a name that holds 方案 or goes on into 实施方案. A name that abbreviates
/// a word (职校 for 职业学校; <c>seeds/reference/name-abbreviations.csv</c>) is the program the document also names in
/// full (职业学校办学条件达标工程), keeping the written name as an alias.
/// </summary>
public sealed partial class ProgramRecognizer : IRecognizer
{
    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Needs { get; } = [];

    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Produces { get; } = [ExtractionFact.Programs];

    private readonly Regex _quoted;
    private readonly Regex _unquoted;
    private readonly Regex _sibling;
    private readonly Regex _quotedRun;
    private readonly Regex _activity;
    private readonly Regex _construction;
    private readonly IReadOnlyList<(string Short, string Full)> _abbreviations;
    private readonly IReadOnlyList<string> _words;

    /// <summary>Builds the recogniser from program words, trigger verbs, abbreviations and the words that make a quotation a program.</summary>
    public ProgramRecognizer(
        IReadOnlyList<string> words, IReadOnlyList<string> triggers, IReadOnlyList<(string Short, string Full)> abbreviations, QuotedProgramWords quotedWords)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(triggers);
        ArgumentNullException.ThrowIfNull(abbreviations);
        ArgumentNullException.ThrowIfNull(quotedWords);
        _abbreviations = abbreviations;
        _words = words;
        var wordPattern = string.Join('|', _words.OrderByDescending(w => w.Length).Select(Regex.Escape));
        var triggerPattern = string.Join('|', triggers.OrderByDescending(t => t.Length).Select(Regex.Escape));
        _quoted = new Regex(
            $"(?:“[^”“，。；]{{1,24}}(?<=(?:{wordPattern}))”|(?:“[^”“，。；]{{1,24}}”)+[\\p{{IsCJKUnifiedIdeographs}}0-9]{{0,16}}?(?:{wordPattern}))(?!实施方案)",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);
        _unquoted = new Regex(
            $"(?<=(?:{triggerPattern}))(?:(?<name>[\\p{{IsCJKUnifiedIdeographs}}0-9 —（）]{{2,24}}?(?:{wordPattern}))(?![\\p{{IsCJKUnifiedIdeographs}}-[和等]])(?:[、和](?=[\\p{{IsCJKUnifiedIdeographs}}]))?)+",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);
        _sibling = new Regex(
            $"(?<=(?:{wordPattern})”?、)[\\p{{IsCJKUnifiedIdeographs}}0-9]{{2,20}}?(?:{wordPattern})(?![\\p{{IsCJKUnifiedIdeographs}}-[和等]])",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);
        _quotedRun = new Regex(
            "(?:(?<quotation>“[^”“，。；]{1,24}”)、?){2,}(?=等)",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);
        static string Alternatives(IReadOnlyList<string> quotedProgramWords) => string.Join('|', quotedProgramWords.Select(Regex.Escape));
        _activity = new Regex(
            $"(?<!{Alternatives(quotedWords.Generic)})(?:(?<quotation>“[^”“，。；]{{1,24}}”)、?)+(?!{Alternatives(quotedWords.Prize)})(?=\\p{{IsCJKUnifiedIdeographs}}{{0,12}}?(?:{Alternatives(quotedWords.Activity)}))",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);
        _construction = new Regex($"“[^”“，。；]{{1,24}}”(?:{Alternatives(quotedWords.Construction)})", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    /// <inheritdoc />
    public void Recognize(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // A listed name after a trigger is found by both the trigger and the list rule.
        var found = new HashSet<SourceSpan>();
        foreach (var paragraph in context.Text.Paragraphs)
        {
            var text = paragraph.Text;
            var titles = TitleRegex().Matches(text).Select(m => new SourceSpan(m.Index, m.Length)).ToList();
            foreach (Match match in _quoted.Matches(text))
            {
                Add(context, paragraph, match.Index, match.Value, titles, found);
            }

            var unquoted = _unquoted.Matches(text).SelectMany(match => match.Groups["name"].Captures);
            var listed = _quotedRun.Matches(text)
                .Select(match => match.Groups["quotation"].Captures)
                .Where(run => run.Any(quotation => _words.Any(word => quotation.Value.EndsWith(word + "”", StringComparison.Ordinal))))
                .SelectMany(run => run);
            foreach (var name in unquoted.Concat(_sibling.Matches(text)).Concat(listed))
            {
                Add(context, paragraph, name.Index, name.Value, titles, found);
            }
        }

        // After every program written with more words, so that a bare quotation can be told to be one of them.
        var byQuotation = ByLeadingQuotation(context);
        var foundInOrder = found.Select(span => span.Start).Order().ToList();
        var foundEnds = found.GroupBy(span => span.Start).ToDictionary(g => g.Key, g => g.Max(span => span.End));
        foreach (var paragraph in context.Text.Paragraphs)
        {
            var titles = TitleRegex().Matches(paragraph.Text).Select(m => new SourceSpan(m.Index, m.Length)).ToList();
            var quotations = _activity.Matches(paragraph.Text).SelectMany(match => match.Groups["quotation"].Captures)
                .Concat<Capture>(_construction.Matches(paragraph.Text));
            foreach (var quotation in quotations)
            {
                if (!Inside(paragraph.Span.Start + quotation.Index, foundInOrder, foundEnds))
                {
                    Add(context, paragraph, quotation.Index, quotation.Value, titles, found, byQuotation.GetValueOrDefault(quotation.Value));
                }
            }
        }
    }

    // Whether a program found before covers the offset: the last one starting at or before it.
    private static bool Inside(int offset, List<int> starts, Dictionary<int, int> ends)
    {
        var index = starts.BinarySearch(offset);
        index = index >= 0 ? index : ~index - 1;
        return index >= 0 && offset < ends[starts[index]];
    }

    // Programs named with a quotation and more words (“经典润乡土”计划), by that quotation (“经典润乡土”).
    private static Dictionary<string, string> ByLeadingQuotation(ExtractionContext context)
    {
        var named = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var program in context.Entities[EntityKind.Program].All)
        {
            var close = program.Name.IndexOf('”', StringComparison.Ordinal);
            if (program.Name[0] == '“' && close > 0 && close < program.Name.Length - 1)
            {
                named.TryAdd(program.Name[..(close + 1)], program.Name);
            }
        }

        return named;
    }

    private void Add(ExtractionContext context, Paragraph paragraph, int offset, string written, List<SourceSpan> titles, HashSet<SourceSpan> found, string? canonical = null)
    {
        var scope = ScopeRegex().Match(written);
        offset += scope.Length;
        written = written[scope.Length..];
        var name = ChineseText.RemoveWhitespace(written);
        if (name.Length < 4 || name.Contains("方案", StringComparison.Ordinal) || titles.Any(t => t.Start <= offset && offset < t.End))
        {
            return;
        }

        var span = new SourceSpan(paragraph.Span.Start + offset, written.Length);
        if (!found.Add(span))
        {
            return;
        }

        context.Entities[EntityKind.Program].Register(name, span, canonical ?? FullName(context, name));
        context.Programs.Add(new ProgramMention(name, span));
    }

    // 职校办学条件达标工程 is 职业学校办学条件达标工程 when the document writes that too.
    private string FullName(ExtractionContext context, string name)
    {
        foreach (var (abbreviation, expansion) in _abbreviations)
        {
            var expanded = name.Replace(abbreviation, expansion, StringComparison.Ordinal);
            if (expanded != name && context.Text.Writes(expanded))
            {
                return expanded;
            }
        }

        return name;
    }

    // 全省职业学校办学条件达标工程 is the 职业学校办学条件达标工程 of the province; 国家教育数字化战略行动 the nation's.
    [GeneratedRegex("^(?:全省|全州|全市|全县|全国|国家)")]
    private static partial Regex ScopeRegex();

    [GeneratedRegex("《[^》]*》")]
    private static partial Regex TitleRegex();
}
