using KnowledgeGraph.Domain.Entities;

namespace KnowledgeGraph.Domain.Schools;

/// <summary>A school, college or university, such as 成都理工大学 or 西昌市第三中学.</summary>
public sealed class School : Entity
{
    /// <summary>university, college, vocational, secondary, primary, kindergarten, special or general (a school of no one stage: 宁南春晖学校).</summary>
    public string? Type { get; init; }

    /// <inheritdoc />
    public override EntityKind Kind => EntityKind.School;
}
