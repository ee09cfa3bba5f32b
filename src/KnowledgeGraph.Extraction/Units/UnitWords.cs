using KnowledgeGraph.Extraction.Normalization;

namespace KnowledgeGraph.Extraction.Units;

/// <summary>
/// The words unit names are read with, from <c>seeds/reference/unit-words.csv</c> and
/// <c>unit-domain-words.csv</c>: the suffixes that end a name (厅, 局, 委, 处 …) with the characters that, next to
/// them, make another word (处理, 学院); the level characters (省, 州, 市, 县) that stand for the document's
/// region; the prefixes (中共, 国家), the lead words after which a name may start (联合, 会同), the characters and
/// words a name never holds (的, 在; 共建, 开展), the domain words a name without a region is made of (教育, 人力资源, 社会保障), the
/// words a collective of divisions is named with (各 and 旗, 县, 镇 …: 各旗县市区人民政府), the words that name the document's
/// region by its kind (地区), and the department that publishes a provincial bulletin.
/// </summary>
public sealed class UnitWords
{
    // The reader asks at every offset of a document: by first character, and by span, nothing is scanned or allocated
    // in vain.
    private readonly WordIndex<UnitWord> _suffixes;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _domainWordsBySpan;
    private readonly WordIndex<string> _named;

    /// <summary>Builds the words from rows of the reference files.</summary>
    /// <param name="words">Rows of unit-words.csv.</param>
    /// <param name="domainWords">What bodies are in charge of (unit-domain-words.csv).</param>
    /// <param name="named">Whole names of units read wherever written (named-units.csv: 党中央, 新华社); none when null.</param>
    public UnitWords(IEnumerable<UnitWord> words, IEnumerable<string> domainWords, IEnumerable<string>? named = null)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(domainWords);
        var byKind = words.ToLookup(w => w.Kind, StringComparer.Ordinal);
        Suffixes = [.. new[] { UnitWordKinds.Committee, UnitWordKinds.Body, UnitWordKinds.Office, UnitWordKinds.Standalone }
            .SelectMany(kind => byKind[kind])
            .OrderByDescending(w => w.Word.Length)];
        Levels = byKind[UnitWordKinds.Level].ToDictionary(w => w.Word[0], w => w);
        Prefixes = [.. byKind[UnitWordKinds.Prefix].Select(w => w.Word).OrderByDescending(w => w.Length)];
        Leads = [.. byKind[UnitWordKinds.Lead].Select(w => w.Word).OrderByDescending(w => w.Length)];
        Joiners = [.. byKind[UnitWordKinds.Joiner].Select(w => w.Word).OrderByDescending(w => w.Length)];
        Breaks = byKind[UnitWordKinds.Break].Select(w => w.Word[0]).ToHashSet();
        ClauseWords = [.. byKind[UnitWordKinds.Clause].Select(w => w.Word)];
        Publisher = byKind[UnitWordKinds.Publisher].Select(w => w.Word).FirstOrDefault();
        CollectiveOpeners = [.. byKind[UnitWordKinds.Collective].Select(w => w.Word).OrderByDescending(w => w.Length)];
        DivisionCharacters = byKind[UnitWordKinds.Division].Select(w => w.Word[0]).ToHashSet();
        RegionWords = [.. byKind[UnitWordKinds.Region].OrderByDescending(w => w.Word.Length)];
        AbbreviationNotes = [.. byKind[UnitWordKinds.Abbreviation].Select(w => w.Word).OrderByDescending(w => w.Length)];
        FoundingVerbs = [.. byKind[UnitWordKinds.Founding].Select(w => w.Word).OrderByDescending(w => w.Length)];
        FoundedWords = [.. byKind[UnitWordKinds.Founded].Select(w => w.Word).OrderByDescending(w => w.Length)];
        var domainSet = domainWords.ToHashSet(StringComparer.Ordinal);
        DomainWords = domainSet;
        _domainWordsBySpan = domainSet.GetAlternateLookup<ReadOnlySpan<char>>();
        LongestDomainWord = DomainWords.Count == 0 ? 0 : DomainWords.Max(w => w.Length);
        _suffixes = new(Suffixes, w => w.Word);
        _named = new([.. (named ?? []).OrderByDescending(n => n.Length)], n => n);
    }


    /// <summary>Words that end a unit's name, longest first.</summary>
    public IReadOnlyList<UnitWord> Suffixes { get; }

    /// <summary>Level characters by character.</summary>
    public IReadOnlyDictionary<char, UnitWord> Levels { get; }

    /// <summary>Words that may open a name before its region or domain (中共, 国家), longest first.</summary>
    public IReadOnlyList<string> Prefixes { get; }

    /// <summary>Words after which a name without a region may start (联合, 会同, 和), longest first.</summary>
    public IReadOnlyList<string> Leads { get; }

    /// <summary>Words that join two units (和, 与), and so may open a name only right after another unit.</summary>
    public IReadOnlyList<string> Joiners { get; }

    /// <summary>Characters a name never holds.</summary>
    public IReadOnlySet<char> Breaks { get; }

    /// <summary>Words a name never holds, which make the run a clause (共建, 开展).</summary>
    public IReadOnlyList<string> ClauseWords { get; }

    /// <summary>The department (教育厅) whose offices close the items of a provincial bulletin, or null.</summary>
    public string? Publisher { get; }

    /// <summary>Words that open a collective of divisions (各), longest first.</summary>
    public IReadOnlyList<string> CollectiveOpeners { get; }

    /// <summary>The characters of the divisions a collective is made of (旗, 县, 镇: 各旗县区人民政府).</summary>
    public IReadOnlySet<char> DivisionCharacters { get; }

    /// <summary>Words that name the document's region by its kind (地区: 地区教育局), longest first.</summary>
    public IReadOnlyList<UnitWord> RegionWords { get; }

    /// <summary>The region word written at <paramref name="index"/> that its neighbours do not make another word (地区级), or null.</summary>
    public UnitWord? RegionWordAt(string text, int index)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var word in RegionWords)
        {
            if (string.CompareOrdinal(text, index, word.Word, 0, word.Word.Length) == 0 && word.Allows(text, index))
            {
                return word;
            }
        }

        return null;
    }

    /// <summary>Words that open a parenthetical giving a unit its short name (以下简称), longest first.</summary>
    public IReadOnlyList<string> AbbreviationNotes { get; }

    /// <summary>Verbs that set up a body (成立), after which its name is read whatever its stem.</summary>
    public IReadOnlyList<string> FoundingVerbs { get; }

    /// <summary>Words that end the name of a body a founding verb sets up (领导小组), longest first.</summary>
    public IReadOnlyList<string> FoundedWords { get; }

    /// <summary>What bodies and offices are in charge of (教育, 财政, 人力资源 …).</summary>
    public IReadOnlySet<string> DomainWords { get; }

    /// <summary>Length of the longest domain word.</summary>
    public int LongestDomainWord { get; }

    /// <summary>The whole name of a central body or a medium written at <paramref name="index"/> (党中央, 新华社), or null.</summary>
    public string? NamedAt(string text, int index) => _named.FirstAt(text, index);

    /// <summary>The longest suffix written at <paramref name="index"/> that the characters around it do not make another word, or null.</summary>
    public UnitWord? SuffixAt(string text, int index) =>
        _suffixes.FirstAt(text, index, static (suffix, text, index) => suffix.Allows(text, index));

    /// <summary>
    /// Whether <paramref name="stem"/> is made of domain words, joined by nothing or by 和 / 与 (经济和信息化,
    /// 人力资源社会保障, 教育技术与资源发展).
    /// </summary>
    public bool IsDomainStem(ReadOnlySpan<char> stem)
    {
        if (stem.Length == 0)
        {
            return false;
        }

        // reachable[i]: stem[..i] is a sequence of domain words and joiners that ends with a domain word.
        Span<bool> reachable = stackalloc bool[stem.Length + 1];
        reachable[0] = true;
        for (var start = 0; start < stem.Length; start++)
        {
            if (!reachable[start])
            {
                continue;
            }

            var from = start > 0 && stem[start] is '和' or '与' ? start + 1 : start;
            for (var length = 1; length <= LongestDomainWord && from + length <= stem.Length; length++)
            {
                if (_domainWordsBySpan.Contains(stem.Slice(from, length)))
                {
                    reachable[from + length] = true;
                }
            }
        }

        return reachable[stem.Length];
    }
}

/// <summary>One row of <c>unit-words.csv</c>.</summary>
/// <param name="Word">The word.</param>
/// <param name="Kind">One of <see cref="UnitWordKinds"/>.</param>
/// <param name="NotBefore">Characters that must not follow the word (处理: 处 then 理).</param>
/// <param name="NotAfter">Characters that must not precede the word (学院: 学 then 院).</param>
public sealed record UnitWord(string Word, string Kind, string NotBefore, string NotAfter)
{
    /// <summary>Whether the word written at <paramref name="index"/> of <paramref name="text"/> is not part of another word.</summary>
    public bool Allows(string text, int index)
    {
        ArgumentNullException.ThrowIfNull(text);
        var after = index + Word.Length;
        return (after >= text.Length || !NotBefore.Contains(text[after], StringComparison.Ordinal))
            && (index == 0 || !NotAfter.Contains(text[index - 1], StringComparison.Ordinal));
    }
}

/// <summary>The kinds of <see cref="UnitWord"/>.</summary>
public static class UnitWordKinds
{
    /// <summary>Ends a name and may follow a region directly (委, 人民政府).</summary>
    public const string Committee = "committee";

    /// <summary>Ends the name of a body (厅, 局, 部).</summary>
    public const string Body = "body";

    /// <summary>Ends the name of an office inside a body (处, 办公室, 中心), which extends the body's name.</summary>
    public const string Office = "office";

    /// <summary>A whole name without a stem (妇联, 团州委).</summary>
    public const string Standalone = "standalone";

    /// <summary>A level character (省, 州, 市, 县) that stands for a region.</summary>
    public const string Level = "level";

    /// <summary>A word that may open a name (中共, 国家).</summary>
    public const string Prefix = "prefix";

    /// <summary>A word after which a name may start (联合, 会同).</summary>
    public const string Lead = "lead";

    /// <summary>A word that joins two units (和, 与), but also joins domain words inside one name (教育和体育局).</summary>
    public const string Joiner = "joiner";

    /// <summary>A character no name holds (的, 在).</summary>
    public const string Break = "break";

    /// <summary>A word no name holds, a verb of a clause (共建, 开展).</summary>
    public const string Clause = "clause";

    /// <summary>The department that publishes a provincial bulletin.</summary>
    public const string Publisher = "publisher";

    /// <summary>A word that opens a collective of divisions (各).</summary>
    public const string Collective = "collective";

    /// <summary>A character of the divisions a collective is made of (旗, 县, 镇).</summary>
    public const string Division = "division";

    /// <summary>A word that names the document's region by its kind (地区).</summary>
    public const string Region = "region";

    /// <summary>A word that opens a parenthetical giving a unit its short name (以下简称).</summary>
    public const string Abbreviation = "abbreviation";

    /// <summary>A verb that sets up a body (成立).</summary>
    public const string Founding = "founding";

    /// <summary>A word that ends the name of a body a founding verb sets up (领导小组).</summary>
    public const string Founded = "founded";
}
