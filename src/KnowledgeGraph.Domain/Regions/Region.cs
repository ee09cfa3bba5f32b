using KnowledgeGraph.Domain.Entities;

namespace KnowledgeGraph.Domain.Regions;

/// <summary>A province, prefecture or county-level division, such as 凉山彝族自治州 (short form 凉山州).</summary>
public sealed class Region : Entity
{
    /// <summary>province, prefecture or county.</summary>
    public string? Level { get; init; }

    /// <summary>Statistical division code, such as 513400.</summary>
    public string? Code { get; init; }

    /// <inheritdoc />
    public override EntityKind Kind => EntityKind.Region;
}
