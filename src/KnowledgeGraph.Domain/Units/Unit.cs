namespace KnowledgeGraph.Domain.Units;

/// <summary>A government body, office, party committee or company.</summary>
public sealed class Unit
{
    /// <summary>Node id.</summary>
    public required string Id { get; init; }

    /// <summary>Canonical name such as 凉山州财政局.</summary>
    public required string Name { get; init; }

    /// <summary>Other names of the unit, such as the short form 州财政局.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
}
