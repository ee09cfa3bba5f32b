namespace KnowledgeGraph.Extraction.Units;

/// <summary>A unit's name as read from running text, before entity resolution.</summary>
/// <param name="Name">The name as written (州财政局, 教育厅, 四川省教育厅职教处).</param>
/// <param name="Index">Where it starts in the text read.</param>
/// <param name="Form">How the name opens, which decides how it is resolved.</param>
/// <param name="Region">
/// For a name that opens with a level character (市教委), the region the text names before it with that
/// character (重庆市 in 重庆市委教育工委书记、市教委主任); null otherwise.
/// </param>
public sealed record UnitName(string Name, int Index, UnitNameForm Form, string? Region = null)
{
    /// <summary>Where the name ends in the text read.</summary>
    public int End => Index + Name.Length;
}

/// <summary>How a unit's name opens.</summary>
public enum UnitNameForm
{
    /// <summary>With a region (凉山州财政局), a level character (州财政局) or a prefix (中共, 国家).</summary>
    Regional,

    /// <summary>With what a body is in charge of, and no region (教育厅, 人力资源社会保障厅).</summary>
    Body,

    /// <summary>An office named without the body it belongs to (高教处, 就业指导中心, 办公室).</summary>
    BareOffice,

    /// <summary>A whole name without a stem (妇联, 团县委, 国务院).</summary>
    Standalone,

    /// <summary>A collective of divisions (各镇人民政府, 各旗县市区教育局), which keeps its written name.</summary>
    Collective,
}
