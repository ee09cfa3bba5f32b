using System.Text.RegularExpressions;
using KnowledgeGraph.Extraction.Normalization;
using KnowledgeGraph.Extraction.Reference;

namespace KnowledgeGraph.Extraction.Units;

/// <summary>
/// Companies: a name ending with a company suffix of <c>seeds/reference/company-suffixes.csv</c> (有限责任公司,
/// 有限公司 …), running back to the last break — punctuation, a space or the paragraph's start — over at most
/// <see cref="MaxName"/> characters, brackets included (泸天化（集团）有限责任公司). Each is a unit under its name as
/// written. In a flattened table, where names are glued together, a name starts after the end word of the name
/// before it (学院, 学校, 大学, 中学, 局, 厅).
/// </summary>
public sealed partial class CompanyRecognizer : IRecognizer
{
    /// <summary>A longer run before the suffix is a sentence, not a name.</summary>
    public const int MaxName = 20;

    private static readonly Lazy<IReadOnlyList<string>> DefaultSuffixes = new(() =>
        [.. ReferenceData.ReadCsv("company-suffixes.csv").Select(row => row["suffix"])]);

    private readonly Regex _company;

    /// <summary>Builds the recogniser from company suffixes; the reference file's when null.</summary>
    public CompanyRecognizer(IReadOnlyList<string>? suffixes = null)
    {
        var suffixPattern = string.Join('|', (suffixes ?? DefaultSuffixes.Value).OrderByDescending(s => s.Length).Select(Regex.Escape));
        _company = new Regex($"[\\p{{IsCJKUnifiedIdeographs}}（）()]{{2,{MaxName}}}?(?:{suffixPattern})", RegexOptions.CultureInvariant);
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
                var offset = glued is null ? 0 : glued.Index + glued.Length;
                var name = ChineseText.RemoveWhitespace(match.Value[offset..]);
                context.Companies.Add(new UnitMention(name, new SourceSpan(paragraph.Span.Start + match.Index + offset, match.Length - offset)));
            }
        }
    }

    [GeneratedRegex("学院|学校|大学|中学|局|厅")]
    private static partial Regex OtherNameEndRegex();
}
