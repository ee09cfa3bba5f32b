using KnowledgeGraph.Domain.Entities;

namespace KnowledgeGraph.Domain.TeacherStudios;

/// <summary>名师工作室, 名师名校长工作室, 工作坊 and the like: one node per kind of studio per region and level.</summary>
public sealed class TeacherStudio : Entity
{
    /// <summary>省级, 州级, 市级 or 县级, as written.</summary>
    public string? Level { get; init; }

    /// <summary>How many studios of this kind the text counts.</summary>
    public int? Count { get; init; }

    /// <summary>How many members were selected into them.</summary>
    public int? Members { get; init; }

    /// <summary>The year the text ties them to, such as a target year.</summary>
    public int? Year { get; init; }

    /// <inheritdoc />
    public override EntityKind Kind => EntityKind.TeacherStudio;
}
