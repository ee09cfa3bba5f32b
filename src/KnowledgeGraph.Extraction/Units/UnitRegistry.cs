namespace KnowledgeGraph.Extraction.Units;

/// <summary>The document's resolved units: canonical name to unit, and every written name to its unit.</summary>
public sealed class UnitRegistry
{
    private readonly List<UnitEntity> _units = [];
    private readonly Dictionary<string, UnitEntity> _byCanonicalName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UnitEntity> _byWrittenName = new(StringComparer.Ordinal);

    /// <summary>Units in order of first mention.</summary>
    public IReadOnlyList<UnitEntity> All => _units;

    /// <summary>
    /// Registers <paramref name="mention"/> under <paramref name="canonicalName"/>: the first mention of a canonical
    /// name creates the unit, later ones only add their written name as an alias.
    /// </summary>
    public UnitEntity Register(UnitMention mention, string canonicalName)
    {
        ArgumentNullException.ThrowIfNull(mention);
        if (!_byCanonicalName.TryGetValue(canonicalName, out var unit))
        {
            unit = new UnitEntity(canonicalName, mention.Span);
            _byCanonicalName.Add(canonicalName, unit);
            _units.Add(unit);
        }

        unit.AddAlias(mention.Name);
        _byWrittenName.TryAdd(mention.Name, unit);
        return unit;
    }

    /// <summary>The unit a written name resolved to, or null when it was never registered.</summary>
    public UnitEntity? Find(string writtenName) => _byWrittenName.GetValueOrDefault(writtenName);
}
