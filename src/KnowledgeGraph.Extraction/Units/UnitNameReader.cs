using KnowledgeGraph.Extraction.Normalization;
using KnowledgeGraph.Extraction.Regions;
using KnowledgeGraph.Extraction.Schools;

namespace KnowledgeGraph.Extraction.Units;

/// <summary>
/// Reads the units named in a run of text, left to right, with <see cref="UnitWords"/> and the gazetteer. A name is
/// <list type="bullet">
/// <item>regional: an optional prefix (中共, 国家), a region — a gazetteer form (凉山州, 四川), or a level character
/// (省, 州, 市, 县) where a word may start (see below) and that does not make another word with its neighbours
/// (全省, 省级, 市场), so that 河南省安阳市… is not read from its 省 — or 该 and a level character where a word may
/// start (该县教育局: that county's, see <see cref="UnitNaming"/>) — then a stem of at most
/// <see cref="MaxStem"/> characters without a break character (的, 在, 还 …) or a joiner before a region (与渠县: two
/// parties of a clause) or a clause's verb (共建, 开展: clause words) and a suffix (局, 厅, 委, 研究院 …); the
/// stem may be empty before 委 or 政府 (省委, 州政府) and holds no school's name (乐山第一中学教师…入选教育部);</item>
/// <item>a body: a stem made of domain words (人力资源社会保障, 经济和信息化) and a suffix, or a standalone name
/// (妇联, 团县委) — only where a word may start: after punctuation, a lead word (联合, 会同, 由, 以) or another
/// unit, directly or after a joiner (教育厅和财政厅; but 体育局 in 某某县教育和体育局 is not one), so that
/// 运行管理委员会 inside 成立示范中心建设和运行管理委员会 is not one;</item>
/// <item>a bare office: a body whose suffix is an office's (高教处, 就业指导中心);</item>
/// <item>the document's region named by its kind (地区教育局), with a domain stem or none;</item>
/// <item>a body set up by a founding verb, whatever its stem (成立学前教育发展工作领导小组);</item>
/// <item>a collective of divisions as a clause's subject (，各镇人民政府配合; 。各旗县区人民政府要…): 各, division characters
/// (各旗县市区, 各县（市、区）) and a suffix with a domain stem or none; not 各级人民政府, nor after a verb (配合各县（市）政府);</item>
/// <item>the whole name of a central body or medium (<c>named-units.csv</c>: 党中央, 全国政协, 新华社, 人民日报),
/// wherever it is written.</item>
/// </list>
/// An office written right after a unit belongs to it and extends its name (四川省教育厅职教处, 凉山州人民政府办公室,
/// 省委教育工委), and so does a party committee's department (市委宣传部); anything else after a name ends it, so 教育厅厅长 and 教育厅党组书记 name 教育厅.
/// </summary>
/// <param name="words">The unit words.</param>
/// <param name="gazetteer">The divisions.</param>
/// <param name="schoolWords">Words that end a school's name.</param>
public sealed class UnitNameReader(UnitWords words, Gazetteer gazetteer, SchoolNameWords schoolWords)
{
    /// <summary>A longer stem between a region and a suffix is a phrase, not a name.</summary>
    public const int MaxStem = 16;

    private const char That = '该';
    private const char Committee = '委';
    private const string CommitteeDepartment = "部";

    private readonly UnitWords _words = words;
    private readonly Gazetteer _gazetteer = gazetteer;
    private readonly SchoolNameWords _schoolWords = schoolWords;

    /// <summary>The units named in <paramref name="text"/>, in order; names do not overlap.</summary>
    public IReadOnlyList<UnitName> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var names = new List<UnitName>();

        // The last region form written, by its level character: 市教委 after 重庆市委… is 重庆市's.
        var regions = new Dictionary<char, string>();
        var previousEnd = -1;
        for (var i = 0; i < text.Length;)
        {
            if (_gazetteer.LongestMatch(text, i, (_, _) => true) is { } place)
            {
                regions[place.Form[^1]] = place.Form;
            }

            var afterUnit = i == previousEnd || (previousEnd >= 0 && ChineseText.WordAt(text, previousEnd, _words.Joiners) is { } joiner && previousEnd + joiner.Length == i);
            if (ReadAt(text, i, afterUnit, regions) is { } name)
            {
                names.Add(name);
                previousEnd = i = name.End;
            }
            else
            {
                i++;
            }
        }

        return names;
    }

    /// <summary>
    /// The name that opens with the level character at <paramref name="index"/>, read as if a word started there
    /// (发挥州教育科学研究所…作用: 州教育科学研究所), or null; for looking up the full name an abbreviation stands for.
    /// </summary>
    public UnitName? ReadLevelNameAt(string text, int index)
    {
        ArgumentNullException.ThrowIfNull(text);
        return index < text.Length && _words.Levels.ContainsKey(text[index])
            && ReadAt(text, index, afterUnit: true, []) is { Form: UnitNameForm.Regional } name && name.Name[0] == text[index]
            ? name
            : null;
    }

    private UnitName? ReadAt(string text, int start, bool afterUnit, Dictionary<char, string> regions)
    {
        // A central body or medium is its whole name wherever it is written (是党中央交给…, 以…为核心的党中央).
        if (_words.NamedAt(text, start) is { } named)
        {
            return new UnitName(named, start, UnitNameForm.Standalone);
        }

        // 成立…工作领导小组: the body set up is named by whatever the text calls it.
        if (ChineseText.WordEndsAt(text, start, _words.FoundingVerbs) && FoundedEnd(text, start) is { } foundedEnd)
        {
            var founded = text[start..foundedEnd];
            return new UnitName(founded, start, _gazetteer.LongestMatch(founded, 0, (_, _) => true) is null ? UnitNameForm.Body : UnitNameForm.Regional);
        }

        var prefix = ChineseText.WordAt(text, start, _words.Prefixes);
        var at = start + (prefix?.Length ?? 0);
        var wordStart = afterUnit || prefix is not null || StartsWord(text, start);

        // A region opens the name: a gazetteer form, or a level character standing for one.
        int end;
        string? region = null;
        var form = UnitNameForm.Regional;
        if (_gazetteer.LongestMatch(text, at, (_, _) => true) is { } place && SegmentEnd(text, at + place.Form.Length, anyStem: true, allowEmpty: true) is { } placeEnd)
        {
            end = placeEnd;
        }
        else if (wordStart && LevelAt(text, at, prefix is not null) && SegmentEnd(text, at + 1, anyStem: true, allowEmpty: true) is { } levelEnd)
        {
            end = levelEnd;
            region = regions.GetValueOrDefault(text[at]);
        }
        else if (wordStart && prefix is null && text[at] == That && at + 1 < text.Length && _words.Levels.ContainsKey(text[at + 1])
            && SegmentEnd(text, at + 2, anyStem: true, allowEmpty: true) is { } thatEnd)
        {
            // 该县教育局: the region of that level the text named last, which the naming finds.
            end = thatEnd;
        }
        else if (prefix is null && StartsClause(text, at) && CollectiveEnd(text, at) is { } collectiveEnd)
        {
            end = collectiveEnd;
            form = UnitNameForm.Collective;
        }
        else if (wordStart && prefix is null && _words.RegionWordAt(text, at) is { } regionWord
            && SegmentEnd(text, at + regionWord.Word.Length, anyStem: false, allowEmpty: true) is { } regionWordEnd)
        {
            // 地区教育局: the document's region, named by its kind, which the naming finds; its stem is made of domain
            // words, as the word is written in other senses too (结合地区实际, 贫困地区学校).
            end = regionWordEnd;
        }
        else if (wordStart && StandaloneEnd(text, at) is { } standaloneEnd)
        {
            end = standaloneEnd;
            form = prefix is null ? UnitNameForm.Standalone : UnitNameForm.Regional;
        }
        else if (wordStart && SegmentEnd(text, at, anyStem: false, allowEmpty: false) is { } bodyEnd)
        {
            end = bodyEnd;
            form = prefix is not null ? UnitNameForm.Regional
                : _words.SuffixAt(text, LastSuffixStart(text, at, bodyEnd))?.Kind == UnitWordKinds.Office ? UnitNameForm.BareOffice
                : UnitNameForm.Body;
        }
        else
        {
            return null;
        }

        // An office written right after a unit is that unit's office.
        while (OfficeEnd(text, end) is { } officeEnd)
        {
            end = officeEnd;
        }

        return new UnitName(text[start..end], start, form, region);
    }

    // A word starts after a non-ideograph (punctuation, a digit, the text's start) or after a lead word.
    private bool StartsWord(string text, int start) =>
        start == 0 || !ChineseText.IsIdeograph(text[start - 1])
        || ChineseText.WordEndsAt(text, start, _words.Leads);

    // A clause starts after a non-ideograph (punctuation, the text's start): a collective is read only as a clause's
    // subject (，各镇人民政府配合), not as an object (配合各县（市）政府).
    private static bool StartsClause(string text, int start) => start == 0 || !ChineseText.IsIdeograph(text[start - 1]);

    // A level character that does not make another word with its neighbours (全省, 省级, 市场); after a prefix
    // (中共省委) the character before is the prefix's.
    private bool LevelAt(string text, int at, bool afterPrefix) =>
        at < text.Length && _words.Levels.TryGetValue(text[at], out var level)
        && (afterPrefix ? at + 1 >= text.Length || !level.NotBefore.Contains(text[at + 1], StringComparison.Ordinal) : level.Allows(text, at));

    // Stem then suffix from at: the first suffix within MaxStem characters, the stem free of break characters and,
    // unless any stem will do, made of domain words. Where allowed, the stem may be empty before a committee word
    // (省委, 州政府) or a longer suffix (凉山州人民政府办公室).
    private int? SegmentEnd(string text, int at, bool anyStem, bool allowEmpty)
    {
        for (var stem = 0; stem <= MaxStem && at + stem < text.Length; stem++)
        {
            var c = text[at + stem];
            if (_words.SuffixAt(text, at + stem) is { } suffix && suffix.Kind != UnitWordKinds.Standalone)
            {
                var stemText = text.AsSpan(at, stem);
                var emptyOk = allowEmpty && (suffix.Kind == UnitWordKinds.Committee || suffix.Word.Length > 1);
                if (stem == 0 ? emptyOk : anyStem || _words.IsDomainStem(stemText))
                {
                    return at + stem + suffix.Word.Length;
                }
            }

            // A school's name is not a unit's stem: 乐山第一中学教师…入选教育部 runs over a school and a person; nor is
            // a joiner before a region, which joins two parties of a clause (大竹县还与渠县共建…中心), or a verb of one (共建).
            if (!ChineseText.IsIdeograph(c) || _words.Breaks.Contains(c) || _schoolWords.At(text, at + stem) is not null
                || (stem > 0 && JoinsRegion(text, at + stem))
                || ChineseText.WordAt(text, at + stem, _words.ClauseWords) is not null)
            {
                return null;
            }
        }

        return null;
    }

    // Where the name of a founded body that starts at `at` ends: at the first founded word (领导小组) within MaxStem
    // characters of ideographs without a break character; schools may be part of it (县域普通高中振兴发展工作领导小组).
    private int? FoundedEnd(string text, int at)
    {
        for (var stem = 0; stem <= MaxStem && at + stem < text.Length; stem++)
        {
            if (ChineseText.WordAt(text, at + stem, _words.FoundedWords) is { } word)
            {
                return stem > 0 ? at + stem + word.Length : null;
            }

            if (!ChineseText.IsIdeograph(text[at + stem]) || _words.Breaks.Contains(text[at + stem]))
            {
                return null;
            }
        }

        return null;
    }

    // A joiner (与, 和) at `at` with a region right after it.
    private bool JoinsRegion(string text, int at) =>
        ChineseText.WordAt(text, at, _words.Joiners) is { } joiner
        && _gazetteer.LongestMatch(text, at + joiner.Length, (_, _) => true) is not null;

    // 各 and division characters, perhaps with more in a bracket (各县（市、区）), then a suffix, with a domain stem or
    // none (各镇人民政府, 各旗县市区教育局); a division character is needed, so 各级人民政府 and 各地 are none.
    private int? CollectiveEnd(string text, int at)
    {
        if (ChineseText.WordAt(text, at, _words.CollectiveOpeners) is not { } opener)
        {
            return null;
        }

        var end = at + opener.Length;
        var divisionsStart = end;
        while (end < text.Length && _words.DivisionCharacters.Contains(text[end]))
        {
            end++;
        }

        if (end == divisionsStart)
        {
            return null;
        }

        if (end < text.Length && text[end] is '（' or '(')
        {
            var inside = end + 1;
            while (inside < text.Length && (_words.DivisionCharacters.Contains(text[inside]) || text[inside] == '、'))
            {
                inside++;
            }

            end = inside < text.Length && text[inside] is '）' or ')' ? inside + 1 : end;
        }

        return SegmentEnd(text, end, anyStem: false, allowEmpty: true);
    }

    private int? StandaloneEnd(string text, int at) =>
        _words.SuffixAt(text, at) is { Kind: UnitWordKinds.Standalone } standalone ? at + standalone.Word.Length : null;

    // An office right after a name: a domain stem (or none, for 办公室) and an office word; after a party committee
    // also a department of it (市委宣传部, 州委组织部), which is no unit of its own.
    private int? OfficeEnd(string text, int at)
    {
        if (SegmentEnd(text, at, anyStem: false, allowEmpty: true) is not { } end)
        {
            return null;
        }

        var suffix = _words.SuffixAt(text, LastSuffixStart(text, at, end));
        return suffix is { Kind: UnitWordKinds.Office } || (suffix?.Word == CommitteeDepartment && at > 0 && text[at - 1] == Committee) ? end : null;
    }

    // Where the suffix that ends the name [at, end) starts: the longest suffix that ends there.
    private int LastSuffixStart(string text, int at, int end)
    {
        for (var start = at; start < end; start++)
        {
            if (_words.SuffixAt(text, start) is { } suffix && start + suffix.Word.Length == end)
            {
                return start;
            }
        }

        return end;
    }
}
