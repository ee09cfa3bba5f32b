using System.Text.RegularExpressions;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Extraction.Normalization;
using KnowledgeGraph.Extraction.Schools;

namespace KnowledgeGraph.Extraction.People;

/// <summary>
/// People: a name of two or three Chinese characters that starts with a surname of
/// <c>seeds/reference/chinese-surnames.csv</c>, in one of two places. Mostly right after a title that ends with a
/// post word of <c>seeds/reference/post-titles.csv</c> (书记, 厅长, 副省长, 主任, 巡视员, 教授 …) and right before a
/// break (punctuation, or a word of <c>seeds/reference/words-after-names.csv</c> that opens the rest of the sentence:
/// 出席, 主持, 在, 作, 表示, 介绍, 到 …); the shorter name wins, so a three-character name whose last character is
/// such a word (卢春作专题报告) is two characters long, while 任志强介绍 keeps its 强 (强介 is no word). A post word
/// that also opens common nouns (教师周转房) counts only right after a school's name (乐山第一中学教师廖大琴). The
/// titles are the clauses (split at ，) right before the name that end with a post word, back to the sentence's start
/// or the previous person (会上，…副处长张雪 → …副处长; 省委教育工委书记，教育厅党组书记、厅长余孝其 →
/// 省委教育工委书记 and 教育厅党组书记、厅长). Otherwise right before a title of
/// <c>seeds/reference/titles-after-name.csv</c> (习近平总书记), which is then the person's title; or right before a post
/// word, at a clause's start or after 由 (会议由周国平副局长主持). Names listed with 、 right after a titled name share
/// its titles (两位主持人向丽、杨卫东). A name told by a post after it or by such a list holds no character of a place,
/// level or body (全市校长, 常务副局长), nor does one after a school word standing for a school no recogniser reads
/// (桑溪镇中心小学教师冯玉兰).
/// </summary>
public sealed partial class PersonRecognizer : IRecognizer
{
    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Needs { get; } = [ExtractionFact.Schools];

    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Produces { get; } = [ExtractionFact.People];

    // Characters that end a phrase, never part of a name written before its title (党的总书记).
    private const string NotInNames = "的之和与及在为是了";

    // Characters of places, levels and bodies, never part of a name written before a post (全市校长, 党委副书记,
    // 常务副局长); 国 only in a name of two (全国校长), since it is common inside names of three (周国平).
    private const string UnitCharacters = "省市县区州镇乡村级委组务部厅局处科室院校会员管";

    private static readonly int[] NameLengths = [3, 2];

    private readonly Regex _person;
    private readonly Regex _titleAfterName;
    private readonly Regex _postAfterName;
    private readonly Regex _listedName;
    private readonly IReadOnlyList<PostWord> _posts;
    private readonly Dictionary<char, int> _surnameRanks;
    private readonly IReadOnlyList<string> _wordsBeforeTitles;
    private readonly SchoolNameWords _schoolWords;

    /// <summary>Builds the recogniser from the posts, titles, surnames and words around names, and the words that end a school's name.</summary>
    public PersonRecognizer(PersonWords words, SchoolNameWords schoolWords)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(schoolWords);
        _schoolWords = schoolWords;
        _posts = [.. words.Posts.OrderByDescending(p => p.Word.Length)];
        _wordsBeforeTitles = words.WordsBeforeTitles;
        _surnameRanks = words.Surnames.Select((surname, rank) => (surname, rank)).ToDictionary(s => s.surname[0], s => s.rank);
        var postPattern = string.Join('|', _posts.Select(p => Regex.Escape(p.Word)));
        var surnameClass = string.Concat(words.Surnames);
        var afterNamePattern = string.Join('|', words.WordsAfterNames.OrderByDescending(w => w.Length).Select(Regex.Escape));
        var name = $"(?<name>[{surnameClass}]\\p{{IsCJKUnifiedIdeographs}}{{1,2}}?)";
        var nameEnd = $"(?=[；;，,。、：:（(\\s]|{afterNamePattern}|$)";
        _person = new Regex($"(?<=(?:{postPattern})){name}{nameEnd}", RegexOptions.CultureInvariant | RegexOptions.Compiled);
        _titleAfterName = new Regex(string.Join('|', words.TitlesAfterName.Select(Regex.Escape)), RegexOptions.CultureInvariant | RegexOptions.Compiled);
        _listedName = new Regex($"\\G、{name}{nameEnd}", RegexOptions.CultureInvariant | RegexOptions.Compiled);
        var standalonePosts = string.Join('|', _posts.Where(p => !p.RequiresSchool).Select(p => Regex.Escape(p.Word)));
        _postAfterName = new Regex(
            $"(?<=^|[，,。；;：:、“”（(]|由){name}(?<post>{standalonePosts})(?=[；;，,。、：:）)\\s]|{afterNamePattern}|$)",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    /// <inheritdoc />
    public void Recognize(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var paragraph in context.Text.Paragraphs)
        {
            var titlesStart = 0;
            foreach (Match match in _person.Matches(paragraph.Text))
            {
                var name = match.Groups["name"];
                if (!PostStandsAlone(context, paragraph, name.Index, name.Value))
                {
                    continue;
                }

                var titles = TitlesBefore(paragraph, Math.Max(titlesStart, SentenceStart(paragraph.Text, name.Index)), name.Index);
                titlesStart = name.Index + name.Length;
                context.RegisterPerson(new PersonMention(name.Value, new SourceSpan(paragraph.Span.Start + name.Index, name.Length), titles), titles.Select(t => t.Title));

                // Names listed after it with 、 share its titles (两位主持人向丽、杨卫东).
                while (_listedName.Match(paragraph.Text, titlesStart) is { Success: true } listed && IsPlainName(listed.Groups["name"].Value))
                {
                    var next = listed.Groups["name"];
                    titlesStart = next.Index + next.Length;
                    context.RegisterPerson(new PersonMention(next.Value, new SourceSpan(paragraph.Span.Start + next.Index, next.Length), titles), titles.Select(t => t.Title));
                }
            }

            foreach (Match match in _postAfterName.Matches(paragraph.Text))
            {
                var name = match.Groups["name"];
                var post = match.Groups["post"];
                var span = new SourceSpan(paragraph.Span.Start + name.Index, name.Length);
                if (IsPlainName(name.Value) && !context.People.Any(person => person.Span == span))
                {
                    var written = new SourceSpan(paragraph.Span.Start + post.Index, post.Length);
                    context.RegisterPerson(new PersonMention(name.Value, span, [(post.Value, written)]), [post.Value]);
                }
            }

            foreach (Match title in _titleAfterName.Matches(paragraph.Text))
            {
                if (NameBefore(context, paragraph.Text, title.Index) is { } name)
                {
                    var span = new SourceSpan(paragraph.Span.Start + title.Index - name.Length, name.Length);
                    if (context.People.Any(person => person.Span == span))
                    {
                        continue;
                    }

                    var written = new SourceSpan(paragraph.Span.Start + title.Index, title.Length);
                    context.RegisterPerson(new PersonMention(name, span, [(title.Value, written)]), [title.Value]);
                }
            }
        }
    }

    private static int SentenceStart(string text, int index) =>
        text.LastIndexOfAny(['；', ';', '。', '：', ':'], Math.Max(0, index - 1)) + 1;

    // A post word that needs a school (教师) counts only right after a school's name, or after a school word when the
    // school is not one the recognisers know (桑溪镇中心小学教师冯玉兰) and the name is a plain one (学校教师党员 is none).
    private bool PostStandsAlone(ExtractionContext context, Paragraph paragraph, int nameIndex, string name)
    {
        var post = _posts.First(p => paragraph.Text.AsSpan(0, nameIndex).EndsWith(p.Word, StringComparison.Ordinal));
        var postIndex = nameIndex - post.Word.Length;
        var postStart = paragraph.Span.Start + postIndex;
        return !post.RequiresSchool
            || context.Schools.Any(school => school.Span.End == postStart)
            || (_schoolWords.EndsWithSchoolWord(paragraph.Text[..postIndex]) && IsPlainName(name));
    }

    // The clauses between the sentence's start (or the previous person) and the name that end with a post word, each
    // from after the last verb that takes it as object (包括成都七中初中学校校长 → 成都七中初中学校校长).
    private List<(string Title, SourceSpan Span)> TitlesBefore(Paragraph paragraph, int start, int nameIndex) =>
        [.. TitleSplitRegex().Matches(paragraph.Text[start..nameIndex])
            .Select(t => Title(t.Value, paragraph.Span.Start + start + t.Index))
            .Reverse()
            .TakeWhile(t => _posts.Any(post => t.Title.EndsWith(post.Word, StringComparison.Ordinal)))
            .Reverse()];

    private (string Title, SourceSpan Span) Title(string clause, int clauseStart)
    {
        var from = _wordsBeforeTitles
            .Select(verb => (verb, at: clause.LastIndexOf(verb, StringComparison.Ordinal)))
            .Where(found => found.at >= 0)
            .Select(found => found.at + found.verb.Length)
            .DefaultIfEmpty(0)
            .Max();
        // A quotation that ends the sentence before (“……。”沂南县…校长刘振华说) leaves its closing mark, no title's, and
        // a count (两位主持人) says how many hold the post, not where.
        var title = clause[from..].Trim().TrimStart('、', '”');
        return (CountRegex().Replace(title, string.Empty), new SourceSpan(clauseStart + from, clause.Length - from));
    }

    // A name told only by a post after it (周国平副局长) or a list after a titled name (、杨卫东) holds no character of
    // a place, level or body (全市校长, 常务副局长).
    private static bool IsPlainName(string name) =>
        !name.Any(c => UnitCharacters.Contains(c, StringComparison.Ordinal) || NotInNames.Contains(c, StringComparison.Ordinal))
        && !(name.Length == 2 && name[1] == '国');

    // The name right before a title written after it: three characters or two, whichever starts with a surname —
    // a person the document already names, else the more common surname (王航 over 师王航).
    private string? NameBefore(ExtractionContext context, string text, int titleIndex)
    {
        var people = context.Entities[EntityKind.Person];
        return NameLengths
            .Where(length => titleIndex >= length)
            .Select(length => text.Substring(titleIndex - length, length))
            .Where(name => _surnameRanks.ContainsKey(name[0]) && name.All(c => ChineseText.IsIdeograph(c) && !NotInNames.Contains(c, StringComparison.Ordinal)))
            .OrderBy(name => people.Find(name) is null)
            .ThenBy(name => _surnameRanks[name[0]])
            .FirstOrDefault();
    }

    [GeneratedRegex("^[一二两三四五六七八九十0-9]+[位名]")]
    private static partial Regex CountRegex();

    [GeneratedRegex("[^，,]+")]
    private static partial Regex TitleSplitRegex();
}
