using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.People;

/// <summary>
/// People named in bylines, with the words of <c>seeds/reference/byline-words.csv</c>: the bracket after 本报讯
/// (本报讯（记者 钟兴茂 陈朝和 摄影报道）, 本报讯（记者鲁磊）, 本报讯（沈文）), and a paragraph that opens with a role,
/// after the outlet's name if any (川观新闻记者 王攀, 编辑：李明 张华). A byline is read as names (two or three
/// characters opening with a surname), each under the role written last before it, separated by spaces or 、, up
/// to a credit (摄影报道), the bracket's end or the first word that is no name; a byline that yields no name is none
/// (本报讯（以下简称《方案》）, 记者从会上获悉). Reporters — and names in a bracket without a role — wrote the story:
/// the mention <see cref="PersonMention.IsAuthor"/>; editors only edited it. The role is the person's title; it
/// names no post.
/// </summary>
public sealed partial class BylineRecognizer : IRecognizer
{
    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Needs { get; } = [];

    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Produces { get; } = [ExtractionFact.People];

    private readonly BylineWords _words;
    private readonly HashSet<char> _surnames;
    private readonly IReadOnlyList<string> _roles;
    private readonly Regex _lineByline;

    /// <summary>Builds the recogniser from the byline words and the surnames of <paramref name="people"/>.</summary>
    public BylineRecognizer(BylineWords words, PersonWords people)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(people);
        _words = words;
        _surnames = [.. people.Surnames.Select(surname => surname[0])];
        _roles = [.. _words.Reporters.Concat(_words.Editors)];
        var roles = string.Join('|', _roles.OrderByDescending(w => w.Length).Select(Regex.Escape));

        // An outlet's name has no punctuation or space (川观新闻); the role opens the byline.
        _lineByline = new Regex($"^(?:本报讯\\s*)?[^\\s，。；：:、（(]{{0,10}}?(?=(?:{roles}))(?<body>.+)$", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    /// <inheritdoc />
    public void Recognize(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var named = context.People.Select(person => person.Span).ToHashSet();
        foreach (Match bracket in BracketBylineRegex().Matches(context.Text.Text))
        {
            var body = bracket.Groups["body"];
            Read(context, named, body.Value, body.Index, inBracket: true);
        }

        foreach (var paragraph in context.Text.Paragraphs)
        {
            if (_lineByline.Match(paragraph.Text) is { Success: true } line)
            {
                var body = line.Groups["body"];
                Read(context, named, body.Value, paragraph.Span.Start + body.Index, inBracket: false);
            }
        }
    }

    // The names of a byline, each under the role written last before it; in a bracket after 本报讯, names before any
    // role are the story's writers (本报讯（沈文）).
    private void Read(ExtractionContext context, HashSet<SourceSpan> named, string body, int bodyStart, bool inBracket)
    {
        string? role = null;
        foreach (Match token in TokenRegex().Matches(body))
        {
            if (_words.Credits.Contains(token.Value.TrimEnd('：', ':'), StringComparer.Ordinal))
            {
                return;
            }

            var nameStart = 0;
            if (_roles.Where(r => token.Value.StartsWith(r, StringComparison.Ordinal)).MaxBy(r => r.Length) is { } written)
            {
                role = written;
                nameStart = token.Value.Length - token.Value[written.Length..].TrimStart('：', ':').Length;
                if (nameStart == token.Value.Length)
                {
                    continue;
                }
            }

            var name = token.Value[nameStart..];
            if ((role is null && !inBracket) || !PersonRegistration.IsName(name, _surnames))
            {
                return;
            }

            var span = new SourceSpan(bodyStart + token.Index + nameStart, name.Length);
            if (named.Add(span))
            {
                var isAuthor = role is null || _words.Reporters.Contains(role, StringComparer.Ordinal);
                context.RegisterPerson(new PersonMention(name, span, [], isAuthor), role is null ? [] : [role]);
            }
        }
    }

    [GeneratedRegex("本报讯[（(](?<body>[^（）()\\n]{2,40})[）)]")]
    private static partial Regex BracketBylineRegex();

    [GeneratedRegex("[^\\s、，,]+")]
    private static partial Regex TokenRegex();
}
