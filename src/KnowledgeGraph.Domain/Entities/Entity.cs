using KnowledgeGraph.Domain.Graph;

namespace KnowledgeGraph.Domain.Entities;

/// <summary>What every named thing of the graph has: an id, a canonical name, other names, and where it was read.</summary>
public abstract class Entity
{
    /// <summary>Node id.</summary>
    public required string Id { get; init; }

    /// <summary>Canonical name.</summary>
    public required string Name { get; init; }

    /// <summary>Other names the documents use for the same thing.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Where the entity was first read.</summary>
    public Evidence? Evidence { get; init; }

    /// <summary>Which kind of entity this is.</summary>
    public abstract EntityKind Kind { get; }
}
