using KnowledgeGraph.Domain.Entities;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>One <see cref="EntityRegistry"/> per entity kind of the document.</summary>
public sealed class EntityRegistries
{
    private readonly Dictionary<EntityKind, EntityRegistry> _registries =
        EntityKinds.All.ToDictionary(kind => kind, kind => new EntityRegistry(EntityKinds.LabelOf(kind)));

    /// <summary>The registry of <paramref name="kind"/>.</summary>
    public EntityRegistry this[EntityKind kind] => _registries[kind];

    /// <summary>Every entity of every kind, kind by kind in <see cref="EntityKinds.All"/> order.</summary>
    public IEnumerable<ExtractedEntity> All => EntityKinds.All.SelectMany(kind => _registries[kind].All);
}
