namespace KnowledgeGraph.Extraction.Regions;

/// <summary>One line of <c>sichuan-divisions.csv</c> or <c>china-divisions.csv</c>.</summary>
/// <param name="Prefecture">Full name of the prefecture-level division (empty for a province).</param>
/// <param name="PrefectureShort">Its short form (凉山州, 成都).</param>
/// <param name="County">Full name of the county-level division, or of a province; empty on a prefecture's own line.</param>
/// <param name="CountyShort">Its short form (北川县, 西昌).</param>
/// <param name="Type">province, 地级市, 自治州, 地区, 盟, 市辖区, 县, 县级市, 自治县.</param>
/// <param name="Code">Statistical division code; empty where the reference data does not know it.</param>
/// <param name="Province">
/// Full name of the province a prefecture belongs to, where the file says so (<c>china-divisions.csv</c>); otherwise
/// the parent is read from the code, whose digits nest (513401 → 513400 → 510000).
/// </param>
public sealed record DivisionRow(string Prefecture, string PrefectureShort, string County, string CountyShort, string Type, string Code, string Province = "")
{
    /// <summary>Reads a row of the CSV file.</summary>
    public static DivisionRow From(IReadOnlyDictionary<string, string> row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row["prefecture"], row["prefecture_short"], row["county"], row["county_short"], row["type"], row["code"],
            row.GetValueOrDefault("province", string.Empty));
    }
}

/// <summary>One line of <c>sichuan-division-aliases.csv</c> or <c>china-division-aliases.csv</c>.</summary>
/// <param name="Canonical">The division's full name.</param>
/// <param name="Code">Its code, which tells apart divisions of the same name (two 市中区); may be empty where the name is unique.</param>
/// <param name="Alias">Another name.</param>
/// <param name="Kind">full, short, abbrev, stem, stem_risky or historical.</param>
public sealed record DivisionAliasRow(string Canonical, string Code, string Alias, string Kind)
{
    /// <summary>Reads a row of the CSV file.</summary>
    public static DivisionAliasRow From(IReadOnlyDictionary<string, string> row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row["canonical"], row["code"], row["alias"], row["kind"]);
    }
}
