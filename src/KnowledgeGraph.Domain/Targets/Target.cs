using KnowledgeGraph.Domain.Entities;

namespace KnowledgeGraph.Domain.Targets;

/// <summary>A quantified goal such as 到2025年 学前三年毛入园率达92%.</summary>
public sealed class Target : Entity
{
    /// <summary>What is measured, such as 学前三年毛入园率.</summary>
    public string? Indicator { get; init; }

    /// <summary>The value as written, such as 92%.</summary>
    public string? Value { get; init; }

    /// <summary>The year it is due by.</summary>
    public int? Year { get; init; }

    /// <summary>The sentence it was read from.</summary>
    public string? Text { get; init; }

    /// <inheritdoc />
    public override EntityKind Kind => EntityKind.Target;
}
