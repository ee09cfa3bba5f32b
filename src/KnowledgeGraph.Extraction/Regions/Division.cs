namespace KnowledgeGraph.Extraction.Regions;

/// <summary>One administrative division of the gazetteer.</summary>
/// <param name="Name">Unique canonical name: the full name, qualified by the prefecture where two divisions share it (内江市市中区).</param>
/// <param name="FullName">The full name as the gazetteer writes it (凉山彝族自治州).</param>
/// <param name="ShortName">The usual short form (凉山州), or null when there is none.</param>
/// <param name="Level">province, prefecture or county (<see cref="RegionLevels"/>).</param>
/// <param name="Code">Statistical division code (GB/T 2260), or null where the reference data leaves it unknown.</param>
/// <param name="Parent">Canonical name of the division it belongs to, or null for a province.</param>
public sealed record Division(string Name, string FullName, string? ShortName, string Level, string? Code, string? Parent)
{
    /// <summary>
    /// The name a unit's short form extends: the form of this division that ends with <paramref name="levelCharacter"/>
    /// (凉山州 for 州, 达州市 for 市, 四川省 for 省), or null when none does.
    /// </summary>
    public string? FormEndingWith(char levelCharacter) =>
        ShortName is { Length: > 1 } shortName && shortName[^1] == levelCharacter ? shortName
        : FullName[^1] == levelCharacter ? FullName
        : null;
}

/// <summary>The levels a region can have.</summary>
public static class RegionLevels
{
    /// <summary>A province-level division (四川省, 重庆市, 广西壮族自治区).</summary>
    public const string Province = "province";

    /// <summary>A prefecture-level division (成都市, 凉山彝族自治州, 阿里地区, 兴安盟).</summary>
    public const string Prefecture = "prefecture";

    /// <summary>A county-level division (县, 自治县, 县级市, 市辖区).</summary>
    public const string County = "county";
}
