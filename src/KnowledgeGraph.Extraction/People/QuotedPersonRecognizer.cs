using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.People;

/// <summary>
/// People a story quotes: a name (two or three characters opening with a surname) written between a word for the
/// speaker (学生, 毕业生, 家长 …) and a word of speech (说, 表示, 感叹道 …), both of
/// <c>seeds/reference/quoted-people.csv</c>, an adverb with 地 allowed between: 2023届毕业生路之巍说,
/// 该校学生吴镓骏感叹道, 家长王丽高兴地说. The speaker word is the
/// person's title; it names no post. Both words must be there: a name is told from the words around it only.
/// </summary>
public sealed class QuotedPersonRecognizer : IRecognizer
{
    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Needs { get; } = [];

    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Produces { get; } = [ExtractionFact.People];

    // Words that end a form of address, not a name (王老师说, 李同学表示).
    private static readonly string[] AddressEndings = ["老师", "同学", "先生", "女士", "们"];

    private readonly Regex _quoted;
    private readonly HashSet<char> _surnames;

    /// <summary>Builds the recogniser from the words around a quoted name and the surnames of <paramref name="people"/>.</summary>
    public QuotedPersonRecognizer(QuotedPersonWords words, PersonWords people)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(people);
        _surnames = [.. people.Surnames.Select(surname => surname[0])];
        _quoted = new Regex(
            $"(?<speaker>{Alternation(words.Speakers)})(?<name>\\p{{IsCJKUnifiedIdeographs}}{{2,3}}?)(?=(?:\\p{{IsCJKUnifiedIdeographs}}{{1,3}}地)?(?:{Alternation(words.Speech)}))",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    /// <inheritdoc />
    public void Recognize(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var named = context.People.Select(person => person.Span).ToHashSet();
        foreach (Match match in _quoted.Matches(context.Text.Text))
        {
            var name = match.Groups["name"];
            if (!PersonRegistration.IsName(name.Value, _surnames) || AddressEndings.Any(e => name.Value.EndsWith(e, StringComparison.Ordinal)))
            {
                continue;
            }

            var span = new SourceSpan(name.Index, name.Length);
            if (named.Add(span))
            {
                context.RegisterPerson(new PersonMention(name.Value, span, []), [match.Groups["speaker"].Value]);
            }
        }
    }

    private static string Alternation(IEnumerable<string> words) =>
        string.Join('|', words.OrderByDescending(w => w.Length).Select(Regex.Escape));
}
