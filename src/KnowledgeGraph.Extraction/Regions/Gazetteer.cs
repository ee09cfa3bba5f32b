namespace KnowledgeGraph.Extraction.Regions;

/// <summary>
/// The administrative divisions extraction knows: Sichuan's prefectures and counties with Chongqing, the home
/// divisions (<c>seeds/reference/sichuan-divisions.csv</c>, <c>sichuan-division-aliases.csv</c>), and the rest of
/// China's provinces and prefectures (<c>china-divisions.csv</c>, <c>china-division-aliases.csv</c>): each division
/// with its level, code and parent, the written forms that name exactly one of them, and the contextual names that
/// name one only where the text makes them a place.
/// </summary>
/// <remarks>
/// Forms: every full name; a short form when it names a province (河南, 重庆), a home prefecture (成都, 凉山州), or
/// keeps the level character of its full name (北川县, 延边州 of 延边朝鲜族自治州); historical names (会理县, 襄樊市)
/// and the home curated stems (凉山, 北川). A county's bare stem (西昌, 嘉陵) is too often part of another word
/// (嘉陵江), and so is the short form of a prefecture outside Sichuan (中山 in 中山大学, 长治 in 长治久安): these are
/// contextual names, like the stems of prefectures outside Sichuan (延边, 大理). One-character abbreviations (川) and
/// stems the alias list marks risky (大英, 石棉) are not forms. A name that could name two divisions — counting the
/// risky ones, so 广安 (广安市 or 广安区), 阿坝, and 吉林 (吉林省 or 吉林市) — names neither.
/// </remarks>
public sealed class Gazetteer
{
    private readonly Dictionary<string, Division> _byName;
    private readonly ILookup<string, Division> _childrenByName;
    private readonly Dictionary<string, Division> _byForm;

    // Looks forms up by a span of the text: recognisers try every length at every offset, and a substring each time
    // made extraction allocate hundreds of times the document's size.
    private readonly Dictionary<string, Division>.AlternateLookup<ReadOnlySpan<char>> _byFormSpan;
    private readonly Dictionary<string, Division>.AlternateLookup<ReadOnlySpan<char>> _byContextualNameSpan;

    // Most offsets of a text start no form: the longest form per first character rules them out at once.
    private readonly Dictionary<char, int> _longestFormByFirstCharacter;
    private readonly Dictionary<string, Division> _byContextualName;

    /// <summary>
    /// Builds the gazetteer from the rows of the reference files: <paramref name="divisions"/> at home, whose short
    /// forms count on their own, and <paramref name="elsewhere"/>, whose prefecture short forms and stems count only
    /// in context.
    /// </summary>
    public Gazetteer(IEnumerable<DivisionRow> divisions, IEnumerable<DivisionAliasRow> aliases, IEnumerable<DivisionRow>? elsewhere = null)
    {
        ArgumentNullException.ThrowIfNull(divisions);
        ArgumentNullException.ThrowIfNull(aliases);
        var home = divisions.Select(row => (Row: row, Home: true));
        var rows = home.Concat((elsewhere ?? []).Select(row => (Row: row, Home: false))).ToList();
        var fullNameCounts = rows.GroupBy(r => FullNameOf(r.Row), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var nameByCode = rows
            .Where(r => r.Row.Code.Length > 0)
            .ToDictionary(r => r.Row.Code, r => NameOf(r.Row, fullNameCounts[FullNameOf(r.Row)] > 1), StringComparer.Ordinal);
        var homeNames = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<Division>();
        foreach (var (row, isHome) in rows)
        {
            var division = ToDivision(row, fullNameCounts[FullNameOf(row)] > 1, nameByCode);
            list.Add(division);
            if (isHome)
            {
                homeNames.Add(division.Name);
            }
        }

        Divisions = list;
        _byName = Divisions.ToDictionary(d => d.Name, StringComparer.Ordinal);
        _childrenByName = Divisions.Where(d => d.Parent is not null).ToLookup(d => d.Parent!, StringComparer.Ordinal);

        var candidates = new List<Candidate>();
        foreach (var division in Divisions)
        {
            var isHome = homeNames.Contains(division.Name);
            candidates.Add(new(division.FullName, division, Usable: true, Contextual: false));
            if (division.ShortName is { } shortName)
            {
                var usable = IsUsableShortForm(division, shortName, isHome);
                candidates.Add(new(shortName, division, usable, Contextual: !usable));
            }
        }

        var byFullName = Divisions.GroupBy(d => d.FullName, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var alias in aliases)
        {
            var division = alias.Code.Length > 0 ? _byName.GetValueOrDefault(nameByCode.GetValueOrDefault(alias.Code) ?? string.Empty) : byFullName.GetValueOrDefault(alias.Canonical);
            if (division is null)
            {
                throw new InvalidOperationException($"Alias '{alias.Alias}' names '{alias.Canonical}' ({alias.Code}), which is not in the gazetteer.");
            }

            var isHome = homeNames.Contains(division.Name);
            // Outside Sichuan a prefecture's stem (延边, 大理) is as risky as its short form: a place only in context.
            var usable = alias.Kind switch
            {
                "full" or "historical" => true,
                "stem" => isHome,
                "short" => IsUsableShortForm(division, alias.Alias, isHome),
                _ => false,
            };
            candidates.Add(new(alias.Alias, division, usable, Contextual: alias.Kind == "stem" && !isHome));
        }

        var unambiguous = candidates
            .Where(c => c.Form.Length >= 2)
            .GroupBy(c => c.Form, StringComparer.Ordinal)
            .Where(g => g.Select(c => c.Division.Name).Distinct(StringComparer.Ordinal).Count() == 1)
            .ToList();
        _byForm = unambiguous
            .Where(g => g.Any(c => c.Usable))
            .ToDictionary(g => g.Key, g => g.First().Division, StringComparer.Ordinal);
        _byContextualName = unambiguous
            .Where(g => !g.Any(c => c.Usable) && g.Any(c => c.Contextual))
            .ToDictionary(g => g.Key, g => g.First().Division, StringComparer.Ordinal);
        _byFormSpan = _byForm.GetAlternateLookup<ReadOnlySpan<char>>();
        _byContextualNameSpan = _byContextualName.GetAlternateLookup<ReadOnlySpan<char>>();
        _longestFormByFirstCharacter = _byForm.Keys.GroupBy(form => form[0]).ToDictionary(g => g.Key, g => g.Max(form => form.Length));
        LongestForm = _byForm.Keys.Max(form => form.Length);
        LongestContextualName = _byContextualName.Keys.Max(name => name.Length);
    }

    /// <summary>Every division, in file order (home divisions first).</summary>
    public IReadOnlyList<Division> Divisions { get; }

    /// <summary>Length of the longest written form.</summary>
    public int LongestForm { get; }

    /// <summary>Length of the longest contextual name.</summary>
    public int LongestContextualName { get; }

    /// <summary>
    /// The county whose bare stem (西昌, 昭觉) is <paramref name="stem"/>, or null. A stem is not a form: it names a
    /// county only where the context says so (<see cref="RegionRecognizer"/>).
    /// </summary>
    public Division? LookupCountyStem(ReadOnlySpan<char> stem) => LookupContextualName(stem) is { Level: RegionLevels.County } county ? county : null;

    /// <summary>
    /// The division a contextual name names — a county's bare stem (西昌), or the short form or stem of a prefecture
    /// outside Sichuan (安阳, 绍兴, 延边) — or null. It names the division only where the context makes it a place
    /// (<see cref="RegionRecognizer"/>).
    /// </summary>
    public Division? LookupContextualName(ReadOnlySpan<char> name) => _byContextualNameSpan.TryGetValue(name, out var division) ? division : null;

    /// <summary>The division a written form names, or null when it names none or more than one.</summary>
    public Division? Lookup(ReadOnlySpan<char> form) => _byFormSpan.TryGetValue(form, out var division) ? division : null;

    /// <summary>The division whose canonical name (<see cref="Division.Name"/>) is <paramref name="name"/>, or null.</summary>
    public Division? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>
    /// The longest form written at <paramref name="start"/> of <paramref name="text"/> that names a division and that
    /// <paramref name="accept"/> (given the form's end offset) lets count, or null.
    /// </summary>
    public (string Form, Division Division)? LongestMatch(string text, int start, Func<string, int, bool> accept)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(accept);
        if (start >= text.Length || !_longestFormByFirstCharacter.TryGetValue(text[start], out var longest))
        {
            return null;
        }

        for (var length = Math.Min(longest, text.Length - start); length >= 2; length--)
        {
            if (Lookup(text.AsSpan(start, length)) is { } division)
            {
                var form = text.Substring(start, length);
                if (accept(form, start + length))
                {
                    return (form, division);
                }
            }
        }

        return null;
    }

    /// <summary>The division <paramref name="division"/> belongs to, or null for a province.</summary>
    public Division? ParentOf(Division division)
    {
        ArgumentNullException.ThrowIfNull(division);
        return division.Parent is { } parent ? _byName.GetValueOrDefault(parent) : null;
    }

    /// <summary>The divisions that belong to <paramref name="division"/>, in file order.</summary>
    public IEnumerable<Division> ChildrenOf(Division division)
    {
        ArgumentNullException.ThrowIfNull(division);
        return _childrenByName[division.Name];
    }

    private static string FullNameOf(DivisionRow row) => row.County.Length > 0 ? row.County : row.Prefecture;

    private static string NameOf(DivisionRow row, bool nameIsShared) =>
        row.Type != "province" && row.County.Length > 0 && nameIsShared ? row.Prefecture + row.County : FullNameOf(row);

    private static Division ToDivision(DivisionRow row, bool nameIsShared, Dictionary<string, string> nameByCode)
    {
        var code = NullIfEmpty(row.Code);
        if (row.Type == "province")
        {
            return new Division(row.County, row.County, NullIfEmpty(row.CountyShort), RegionLevels.Province, code, null);
        }

        // The file names the province, or the codes nest: 513401 belongs to 513400, which belongs to 510000.
        if (row.County.Length == 0)
        {
            var province = NullIfEmpty(row.Province) ?? ParentByCode(code, 2, nameByCode);
            return new Division(row.Prefecture, row.Prefecture, NullIfEmpty(row.PrefectureShort), RegionLevels.Prefecture, code, province);
        }

        var prefecture = ParentByCode(code, 4, nameByCode) ?? row.Prefecture;
        return new Division(NameOf(row, nameIsShared), row.County, NullIfEmpty(row.CountyShort), RegionLevels.County, code, prefecture);
    }

    private static string? ParentByCode(string? code, int digits, Dictionary<string, string> nameByCode) =>
        code is null ? null : nameByCode.GetValueOrDefault(code[..digits].PadRight(6, '0'));

    // At home every province or prefecture short form counts (成都, 凉山州); a county's only where it keeps its level
    // character (北川县). Elsewhere a province's counts (河南), a prefecture's only where it keeps its level character
    // and is no bare two-character word (延边州, not 安阳).
    private static bool IsUsableShortForm(Division division, string shortName, bool isHome) => division.Level switch
    {
        RegionLevels.Province => true,
        RegionLevels.Prefecture when isHome => true,
        RegionLevels.Prefecture => shortName.Length > 2 && shortName[^1] == division.FullName[^1],
        _ => shortName[^1] is '县' or '区' or '市',
    };

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private sealed record Candidate(string Form, Division Division, bool Usable, bool Contextual);
}
