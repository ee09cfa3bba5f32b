using KnowledgeGraph.Extraction.Reference;

namespace KnowledgeGraph.Extraction.Regions;

/// <summary>
/// The administrative divisions extraction knows, read from <c>seeds/reference/sichuan-divisions.csv</c> and
/// <c>sichuan-division-aliases.csv</c>: each division with its level, code and parent, and the written forms that
/// name exactly one of them.
/// </summary>
/// <remarks>
/// Forms: every full name; a short form when it names a province or prefecture (成都, 凉山州) or ends with its
/// level character (北川县); historical names (会理县) and curated stems (凉山, 北川). A county's bare stem (西昌,
/// 嘉陵) is too often part of another word (嘉陵江) and is not a form; neither are one-character abbreviations (川)
/// nor stems the alias list marks risky (大英, 石棉). A form that could name two divisions — counting the risky
/// ones, so 广安 (广安市 or 广安区) and 阿坝 — names neither.
/// </remarks>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> SichuanGazetteer = new(() => new Gazetteer(
        ReferenceData.ReadCsv("sichuan-divisions.csv").Select(DivisionRow.From),
        ReferenceData.ReadCsv("sichuan-division-aliases.csv").Select(DivisionAliasRow.From)));

    private readonly Dictionary<string, Division> _byCode;
    private readonly ILookup<string, Division> _childrenByCode;
    private readonly Dictionary<string, Division> _byForm;
    private readonly Dictionary<string, Division> _byCountyStem;

    /// <summary>Builds the gazetteer from the rows of the two reference files.</summary>
    public Gazetteer(IEnumerable<DivisionRow> divisions, IEnumerable<DivisionAliasRow> aliases)
    {
        ArgumentNullException.ThrowIfNull(divisions);
        ArgumentNullException.ThrowIfNull(aliases);
        var rows = divisions.ToList();
        var fullNameCounts = rows.GroupBy(FullNameOf, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        Divisions = [.. rows.Select(row => ToDivision(row, fullNameCounts[FullNameOf(row)] > 1))];
        _byCode = Divisions.ToDictionary(d => d.Code, StringComparer.Ordinal);
        _childrenByCode = Divisions.Where(d => d.ParentCode is not null).ToLookup(d => d.ParentCode!, StringComparer.Ordinal);

        var candidates = new List<(string Form, string Code, bool Usable)>();
        foreach (var division in Divisions)
        {
            candidates.Add((division.FullName, division.Code, true));
            if (division.ShortName is { } shortName)
            {
                candidates.Add((shortName, division.Code, IsUsableShortForm(division, shortName)));
            }
        }

        foreach (var alias in aliases)
        {
            var usable = alias.Kind switch
            {
                "full" or "historical" or "stem" => true,
                "short" => _byCode.TryGetValue(alias.Code, out var division) && IsUsableShortForm(division, alias.Alias),
                _ => false,
            };
            candidates.Add((alias.Alias, alias.Code, usable));
        }

        var unambiguous = candidates
            .Where(c => c.Form.Length >= 2)
            .GroupBy(c => c.Form, StringComparer.Ordinal)
            .Where(g => g.Select(c => c.Code).Distinct(StringComparer.Ordinal).Count() == 1)
            .ToList();
        _byForm = unambiguous
            .Where(g => g.Any(c => c.Usable))
            .ToDictionary(g => g.Key, g => _byCode[g.First().Code], StringComparer.Ordinal);
        _byCountyStem = unambiguous
            .Where(g => !g.Any(c => c.Usable) && g.Any(c => _byCode[c.Code].ShortName == g.Key))
            .ToDictionary(g => g.Key, g => _byCode[g.First().Code], StringComparer.Ordinal);
        LongestForm = _byForm.Keys.Max(form => form.Length);
    }

    /// <summary>Sichuan's divisions and Chongqing, from the embedded reference files; loaded once.</summary>
    public static Gazetteer Sichuan => SichuanGazetteer.Value;

    /// <summary>Every division, in file order.</summary>
    public IReadOnlyList<Division> Divisions { get; }

    /// <summary>Length of the longest written form.</summary>
    public int LongestForm { get; }

    /// <summary>
    /// The county whose bare stem (西昌, 昭觉) is <paramref name="stem"/>, or null. A stem is not a form: it names a
    /// county only where the context says so (<see cref="RegionRecognizer"/>).
    /// </summary>
    public Division? LookupCountyStem(string stem) => _byCountyStem.GetValueOrDefault(stem);

    /// <summary>The division a written form names, or null when it names none or more than one.</summary>
    public Division? Lookup(string form) => _byForm.GetValueOrDefault(form);

    /// <summary>
    /// The longest form written at <paramref name="start"/> of <paramref name="text"/> that names a division and that
    /// <paramref name="accept"/> (given the form's end offset) lets count, or null.
    /// </summary>
    public (string Form, Division Division)? LongestMatch(string text, int start, Func<string, int, bool> accept)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(accept);
        for (var length = Math.Min(LongestForm, text.Length - start); length >= 2; length--)
        {
            var form = text.Substring(start, length);
            if (Lookup(form) is { } division && accept(form, start + length))
            {
                return (form, division);
            }
        }

        return null;
    }

    /// <summary>The division <paramref name="division"/> belongs to, or null for a province.</summary>
    public Division? ParentOf(Division division)
    {
        ArgumentNullException.ThrowIfNull(division);
        return division.ParentCode is { } code ? _byCode.GetValueOrDefault(code) : null;
    }

    /// <summary>The divisions that belong to <paramref name="division"/>, in file order.</summary>
    public IEnumerable<Division> ChildrenOf(Division division)
    {
        ArgumentNullException.ThrowIfNull(division);
        return _childrenByCode[division.Code];
    }

    private static string FullNameOf(DivisionRow row) => row.County.Length > 0 ? row.County : row.Prefecture;

    private static Division ToDivision(DivisionRow row, bool nameIsShared)
    {
        if (row.Type == "province")
        {
            return new Division(row.County, row.County, NullIfEmpty(row.CountyShort), RegionLevels.Province, row.Code, null);
        }

        // Codes nest: 513401 belongs to 513400, which belongs to 510000.
        if (row.County.Length == 0)
        {
            return new Division(row.Prefecture, row.Prefecture, NullIfEmpty(row.PrefectureShort), RegionLevels.Prefecture, row.Code, row.Code[..2] + "0000");
        }

        var name = nameIsShared ? row.Prefecture + row.County : row.County;
        return new Division(name, row.County, NullIfEmpty(row.CountyShort), RegionLevels.County, row.Code, row.Code[..4] + "00");
    }

    private static bool IsUsableShortForm(Division division, string shortName) =>
        division.Level != RegionLevels.County || shortName[^1] is '县' or '区' or '市';

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
