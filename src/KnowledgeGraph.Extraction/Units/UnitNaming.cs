using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Extraction.Regions;

namespace KnowledgeGraph.Extraction.Units;

/// <summary>
/// The canonical names of one document's units. A document speaks of its own region by the level character
/// alone: 州财政局 in a notice issued by 凉山州 is 凉山州财政局, and 省委教育工委 in a Sichuan bulletin is
/// 四川省委教育工委. So a name that opens with a level character gets, in front, the issuing region's form that ends
/// with that character; else the form the text names just before it (重庆市委…、市教委 → 重庆市教委); else, for 省,
/// the document's province; 地区X is X of the document's 地区 (地区教育局 in 阿克苏地区's document is 阿克苏地区教育局), else
/// no one in particular. 该县, 该市, 该州 (that county …) name the region of that level the text named last before
/// them (阿坝藏族羌族自治州汶川县…。该县教育局 → 汶川县教育局), never the document's own; unnamed, they stay as written. A department named by 厅 alone (教育厅, 经济和信息化厅) is the province's (四川省教育厅), and so are its offices (教育厅党组 → 四川省教育厅党组).
/// A region's 政府 is its 人民政府 (省政府 → 四川省人民政府), also before an office of it (州政府教育督导室 →
/// 阿坝州人民政府教育督导室), and 中共凉山州委 is 凉山州委. An office named without its
/// body (高教处) belongs to the body named before it, else to the document's publisher: a bulletin's issuer, or the
/// province's department that publishes bulletins (四川省教育厅高教处). The written name stays an alias.
/// </summary>
public sealed class UnitNaming
{
    private const string PartyPrefix = "中共";
    private const string Government = "政府";
    private const string PeoplesGovernment = "人民政府";
    private const char That = '该';

    private readonly IssuingRegion? _region;
    private readonly string? _province;
    private readonly UnitWords _words;
    private readonly Gazetteer _gazetteer;

    private UnitNaming(IssuingRegion? region, string? province, string? publisher, UnitWords words, Gazetteer gazetteer)
    {
        _region = region;
        _province = province;
        Publisher = publisher;
        _words = words;
        _gazetteer = gazetteer;
    }

    /// <summary>The body whose offices a bare office name means, or null.</summary>
    public string? Publisher { get; }

    /// <summary>
    /// The naming of <paramref name="context"/>'s document. Its province is the issuing region's, else the province
    /// most of its places lie in, else the gazetteer's first (四川省: the documents are Sichuan's, and 我省 names no province).
    /// </summary>
    public static UnitNaming For(ExtractionContext context, Gazetteer gazetteer, UnitWords words)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentNullException.ThrowIfNull(words);
        var province = (DocumentRegions.Province(context, gazetteer) ?? gazetteer.Divisions.FirstOrDefault(d => d.Level == RegionLevels.Province))?.FormEndingWith('省');
        var publisher = !context.Articles.Any(a => a.Genre == Articles.ArticleGenres.BulletinItem) ? null
            : context.Header.Issuers.Count > 0 ? context.Header.Issuers[0].Name
            : province is not null && words.Publisher is { } department ? province + department
            : null;
        // A department's 市X are its own city's (南充市教育局: 市财政局 is 南充市财政局), though it is no issuing region;
        // without a signature that names a division, a title that opens with one says whose document it is.
        var region = new IssuingRegionRecognizer(gazetteer, words).NamingRegion(context);
        var naming = new UnitNaming(region, province, null, words, gazetteer);
        return publisher is null ? naming : new UnitNaming(region, province, naming.Canonical(publisher), words, gazetteer);
    }

    /// <summary>The canonical name of a body written <paramref name="writtenName"/>.</summary>
    /// <param name="writtenName">The name as written.</param>
    /// <param name="regionForm">The region the text names just before the name, for a name opening with a level character.</param>
    public string Canonical(string writtenName, string? regionForm = null)
    {
        ArgumentNullException.ThrowIfNull(writtenName);
        if (writtenName.Length < 2)
        {
            return writtenName;
        }

        // 县（市）党委和人民政府: the counties as a collective, named with 各 everywhere else; 县（市） followed by a
        // bracketed level word can only mean every county.
        if (writtenName.StartsWith("县（", StringComparison.Ordinal))
        {
            return "各" + writtenName;
        }

        var name = writtenName;
        if (IsReferring(name))
        {
            // 该县教育局 → 汶川县教育局: only the region the text named, which the caller found (ReferredRegion).
            name = regionForm is { Length: > 1 } && regionForm[^1] == name[1] ? regionForm[..^1] + name[1..] : name;
        }
        else if (name.StartsWith(PartyPrefix, StringComparison.Ordinal) && name.EndsWith('委') && _gazetteer.Lookup(name.AsSpan()[PartyPrefix.Length..^1]) is not null)
        {
            // 中共凉山州委 is the committee 州委 stands for.
            name = name[PartyPrefix.Length..];
        }
        else if (_words.Levels.ContainsKey(name[0]))
        {
            var level = name[0];
            var regionName = RegionFormEndingWith(level)
                ?? (regionForm is { Length: > 1 } && regionForm[^1] == level ? regionForm : null)
                ?? (level == '省' ? _province : null);

            // 州财政局 → 凉山 + 州财政局: the written level character is the last character of the region's name; the
            // region's 政府 is its 人民政府 though the gazetteer may not know it (区政府 → 九龙坡区人民政府).
            if (regionName is not null)
            {
                return PeoplesGovernmentAfter(regionName[..^1] + name, regionName.Length);
            }
        }
        else if (_words.RegionWordAt(name, 0) is { } regionWord)
        {
            // 地区教育局 in 阿克苏地区's document: 阿克苏地区教育局.
            if (RegionNamedBy(regionWord.Word) is { } region)
            {
                return PeoplesGovernmentAfter(region + name[regionWord.Word.Length..], region.Length);
            }
        }
        else if (_province is not null && name.IndexOf('厅', StringComparison.Ordinal) is > 0 and var department && _words.IsDomainStem(name.AsSpan()[..department]))
        {
            // 教育厅党组: the department's offices are the province's department's too.
            name = _province + name;
        }

        return PeoplesGovernmentOf(name);
    }

    // The form ending with `level` of the region, else of the nearest division it lies in: in 武侯区's document 区X
    // is 武侯区X and 市X is 成都市X; a district the gazetteer does not know comes first (重庆市九龙坡区: 区X is 九龙坡区X).
    private string? RegionFormEndingWith(char level)
    {
        if (_region?.District is { } district && district[^1] == level)
        {
            return district;
        }

        for (var division = _region?.Division; division is not null; division = _gazetteer.ParentOf(division))
        {
            if (division.FormEndingWith(level) is { } form)
            {
                return form;
            }
        }

        return null;
    }

    // The full name of the document's region, or of the nearest division it lies in, that ends with `word` (地区), or null.
    private string? RegionNamedBy(string word)
    {
        for (var division = _region?.Division; division is not null; division = _gazetteer.ParentOf(division))
        {
            if (division.FullName.EndsWith(word, StringComparison.Ordinal))
            {
                return division.FullName;
            }
        }

        return null;
    }

    // 省政府 → 四川省人民政府, and so in front of an office of it: 州政府教育督导室 → 阿坝州人民政府教育督导室. Only
    // 政府 right after the region is its government.
    private string PeoplesGovernmentOf(string name)
    {
        if (_gazetteer.LongestMatch(name, 0, (_, _) => true) is not { } place)
        {
            return name;
        }

        return PeoplesGovernmentAfter(name, place.Form.Length);
    }

    // The name with 政府 written right after its region, which ends at `at`, read as 人民政府.
    private static string PeoplesGovernmentAfter(string name, int at) =>
        string.CompareOrdinal(name, at, Government, 0, Government.Length) == 0
            ? name[..at] + PeoplesGovernment + name[(at + Government.Length)..]
            : name;

    /// <summary>
    /// For a name opening with 该 and a level character (该县教育局), the form of the last region of that level named
    /// in <paramref name="text"/> before <paramref name="index"/> (汶川县); null for other names or when none is named.
    /// </summary>
    public string? ReferredRegion(string writtenName, string text, int index)
    {
        ArgumentNullException.ThrowIfNull(writtenName);
        ArgumentNullException.ThrowIfNull(text);
        if (!IsReferring(writtenName))
        {
            return null;
        }

        var level = writtenName[1];
        for (var at = Math.Min(index, text.Length) - 1; at >= 0; at--)
        {
            if (_gazetteer.LongestMatch(text, at, (_, end) => end <= index) is { } place && place.Division.FormEndingWith(level) is { } form)
            {
                return form;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether <paramref name="writtenName"/> names its region only by a level character or a region word (州财政局,
    /// 地区教育局), so that without the document's region it names no one in particular.
    /// </summary>
    public bool IsRelative(string writtenName) =>
        writtenName.Length > 0 && (_words.Levels.ContainsKey(writtenName[0]) || _words.RegionWordAt(writtenName, 0) is not null);

    /// <summary>Whether <paramref name="writtenName"/> opens with 该 and a level character (该县教育局).</summary>
    public bool IsReferring(string writtenName) =>
        writtenName is [That, var level, _, ..] && _words.Levels.ContainsKey(level);

    /// <summary>The canonical name of an office written <paramref name="officeName"/> alone, of <paramref name="body"/> or else the publisher.</summary>
    public string Office(string officeName, string? body = null) =>
        (body ?? Publisher) is { } owner ? owner + officeName : officeName;
}
