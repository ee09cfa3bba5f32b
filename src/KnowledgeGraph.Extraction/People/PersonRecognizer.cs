using System.Text.RegularExpressions;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Extraction.Reference;

namespace KnowledgeGraph.Extraction.People;

/// <summary>
/// People: a name of two or three Chinese characters that starts with a surname of
/// <c>seeds/reference/chinese-surnames.csv</c>, right after a title that ends with a post word of
/// <c>seeds/reference/post-titles.csv</c> (书记, 厅长, 副省长, 主任, 巡视员, 教授 …) and right before a break
/// (punctuation, or a verb that opens the rest of the sentence: 出席, 主持, 在, 作, 表示, 分别 …). A three-character
/// name whose last character opens such a verb (卢春作专题报告) is two characters long. The titles are the clauses
/// (split at ，) right before the name that end with a post word, back to the sentence's start or the previous
/// person (会上，…副处长张雪 → …副处长; 省委教育工委书记，教育厅党组书记、厅长余孝其 → 省委教育工委书记 and
/// 教育厅党组书记、厅长).
/// </summary>
public sealed partial class PersonRecognizer : IRecognizer
{
    private const string VerbStarts = "出主在作表分参讲说指强介等和与同率带会致入";

    private static readonly Lazy<(IReadOnlyList<string> Posts, IReadOnlyList<string> Surnames)> Defaults = new(() =>
        ([.. ReferenceData.ReadCsv("post-titles.csv").Select(row => row["title"])],
         [.. ReferenceData.ReadCsv("chinese-surnames.csv").Select(row => row["surname"])]));

    private readonly Regex _person;
    private readonly IReadOnlyList<string> _posts;

    /// <summary>Builds the recogniser from post words and surnames; the reference files' when null.</summary>
    public PersonRecognizer(IReadOnlyList<string>? posts = null, IReadOnlyList<string>? surnames = null)
    {
        _posts = [.. (posts ?? Defaults.Value.Posts).OrderByDescending(p => p.Length)];
        var postPattern = string.Join('|', _posts.Select(Regex.Escape));
        var surnameClass = string.Concat(surnames ?? Defaults.Value.Surnames);
        _person = new Regex(
            $"(?<=(?:{postPattern}))(?<name>[{surnameClass}]\\p{{IsCJKUnifiedIdeographs}}{{1,2}}?)(?=[；;，,。、：:（(\\s]|[{VerbStarts}]|$)",
            RegexOptions.CultureInvariant);
    }

    /// <inheritdoc />
    public void Recognize(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var paragraph in context.Text.Paragraphs)
        {
            var text = paragraph.Text;
            var titlesStart = 0;
            foreach (Match match in _person.Matches(text))
            {
                var name = match.Groups["name"];

                // The titles run from the sentence's (or the previous person's) end to the name.
                var start = Math.Max(titlesStart, text.LastIndexOfAny(['；', ';', '。', '：', ':'], Math.Max(0, name.Index - 1)) + 1);
                var titles = TitleSplitRegex().Matches(text[start..name.Index])
                    .Select(t => (Text: t.Value.Trim().TrimStart('、'), Span: new SourceSpan(paragraph.Span.Start + start + t.Index, t.Length)))
                    .Reverse()
                    .TakeWhile(t => _posts.Any(post => t.Text.EndsWith(post, StringComparison.Ordinal)))
                    .Reverse()
                    .ToList();
                titlesStart = name.Index + name.Length;
                var span = new SourceSpan(paragraph.Span.Start + name.Index, name.Length);
                var person = context.Entities[EntityKind.Person].Register(name.Value, span, name.Value);
                var known = person.Properties.TryGetValue(PropertyNames.Titles, out var value) ? (IReadOnlyList<string>)value! : [];
                person.Properties[PropertyNames.Titles] = known.Union(titles.Select(t => t.Text), StringComparer.Ordinal).ToList();
                context.People.Add(new PersonMention(name.Value, span, [.. titles.Select(t => (t.Text, t.Span))]));
            }
        }
    }

    [GeneratedRegex("[^，,]+")]
    private static partial Regex TitleSplitRegex();
}
