using System.Text.RegularExpressions;
using KnowledgeGraph.Extraction.Normalization;

namespace KnowledgeGraph.Extraction.People;

/// <summary>
/// People named in bylines, with the words of <c>seeds/reference/byline-words.csv</c>: the bracket after 本报讯
/// (本报讯（记者 钟兴茂 陈朝和 摄影报道）, 本报讯（记者鲁磊）, 本报讯（沈文）), a paragraph that opens with a role,
/// after the outlet's name if any (川观新闻记者 王攀, 编辑：李明 张华), and a role set apart from the name after it by
/// a space or ：anywhere in a paragraph, since the line joiner runs a byline's own line into the lines around it
/// (…关闭窗口记者 刘晨 通讯员 高翔10月15日, …市直各学校编辑：龚晓琴 审核：刘德胜). A role of one character (文, 图, 摄)
/// counts there only after a space or a bracket, and never before a name written without a space or ：(图书馆 is a
/// word). A byline is read as names (two or three characters opening with a surname), each under the role written
/// last before it, separated by spaces or 、, up to a credit (摄影报道), the bracket's end, a name that runs on into
/// other text (高翔10月15日, 孙晓燕【打印】) or the first word that is no name; a byline that yields no name is none
/// (本报讯（以下简称《方案》）, 记者从会上获悉). Reporters — and names in a bracket without a role — wrote the story:
/// the mention <see cref="PersonMention.IsAuthor"/>; editors, reviewers and photographers did not. The role is the
/// person's title; it names no post.
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
    private readonly Regex _role;
    private readonly Regex _lineStart;

    /// <summary>Builds the recogniser from the byline words and the surnames of <paramref name="people"/>.</summary>
    public BylineRecognizer(BylineWords words, PersonWords people)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(people);
        _words = words;
        _surnames = [.. people.Surnames.Select(surname => surname[0])];
        _roles = [.. _words.Reporters.Concat(_words.Editors).Concat(_words.Photographers).OrderByDescending(w => w.Length)];
        _role = new Regex(string.Join('|', _roles.Select(Regex.Escape)), RegexOptions.CultureInvariant | RegexOptions.Compiled);

        // An outlet's name has no punctuation or space (川观新闻); the role opens the byline.
        _lineStart = new Regex("^(?:本报讯\\s*)?[^\\s，。；：:、（(]{0,10}$", RegexOptions.CultureInvariant | RegexOptions.Compiled);
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
            var text = paragraph.Text;
            var readTo = 0;
            foreach (Match role in _role.Matches(text))
            {
                if (role.Index >= readTo && OpensByline(text, role))
                {
                    readTo = role.Index + Read(context, named, text[role.Index..], paragraph.Span.Start + role.Index, inBracket: false);
                }
            }
        }
    }

    // A role opens a byline at the paragraph's start or right after an outlet's name (川观新闻记者王攀), or anywhere
    // when a space or ：sets the name after it apart (…关闭窗口记者 刘晨); a role of one character never after an
    // ideograph (附图 王庄), since 文 and 图 end many words.
    private bool OpensByline(string text, Match role)
    {
        if (role.Index == 0)
        {
            return true;
        }

        if (IsShort(role.Value))
        {
            return !ChineseText.IsIdeograph(text[role.Index - 1]) && IsSetApart(text, role.Index + role.Length);
        }

        return _lineStart.IsMatch(text[..role.Index]) || IsSetApart(text, role.Index + role.Length);
    }

    private static bool IsSetApart(string text, int index) =>
        index < text.Length && (char.IsWhiteSpace(text[index]) || text[index] is '：' or ':');

    // The names of a byline, each under the role written last before it; in a bracket after 本报讯, names before any
    // role are the story's writers (本报讯（沈文）). Returns how far the byline reaches into the body.
    private int Read(ExtractionContext context, HashSet<SourceSpan> named, string body, int bodyStart, bool inBracket)
    {
        string? role = null;
        var readTo = 0;
        foreach (Match token in TokenRegex().Matches(body))
        {
            // A token that runs on into other text (高翔10月15日, 孙晓燕【打印】) ends the byline after its name.
            var word = WordRegex().Match(token.Value).Value;
            var runsOn = word.Length < token.Value.Length;
            if (_words.Credits.Contains(word.TrimEnd('：', ':'), StringComparer.Ordinal))
            {
                return readTo;
            }

            var nameStart = 0;
            if (RoleOpening(word) is { } written)
            {
                role = written;
                nameStart = word.Length - word[written.Length..].TrimStart('：', ':').Length;
                readTo = token.Index + nameStart;
                if (nameStart == word.Length)
                {
                    if (runsOn)
                    {
                        return readTo;
                    }

                    continue;
                }
            }

            var name = word[nameStart..];
            if ((role is null && !inBracket) || !PersonRegistration.IsName(name, _surnames))
            {
                return readTo;
            }

            var span = new SourceSpan(bodyStart + token.Index + nameStart, name.Length);
            if (named.Add(span))
            {
                var isAuthor = role is null || _words.Reporters.Contains(role, StringComparer.Ordinal);
                context.RegisterPerson(new PersonMention(name, span, [], isAuthor), role is null ? [] : [role]);
            }

            readTo = token.Index + word.Length;
            if (runsOn)
            {
                return readTo;
            }
        }

        return readTo;
    }

    // The role a word opens with: the longest, and one of one character only alone or before ：(文/图 张三, 图：李四),
    // since 图书馆 and 文心 are words.
    private string? RoleOpening(string word) =>
        _roles.FirstOrDefault(role => word.StartsWith(role, StringComparison.Ordinal)
            && (!IsShort(role) || word.Length == role.Length || word[role.Length] is '：' or ':'));

    // 文, 图, 摄: one ideograph, which ends or opens many common words.
    private static bool IsShort(string role) => role.Length == 1;

    [GeneratedRegex("本报讯[（(](?<body>[^（）()\\n]{2,40})[）)]")]
    private static partial Regex BracketBylineRegex();

    [GeneratedRegex("[^\\s、，,]+")]
    private static partial Regex TokenRegex();

    // The part of a token a byline can hold: ideographs, and the / and ：of its roles.
    [GeneratedRegex("^[\\p{IsCJKUnifiedIdeographs}/：:]*")]
    private static partial Regex WordRegex();
}
