using KnowledgeGraph.Domain.Graph;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>The document's resolved entities of one label: one per real thing, whatever it was called in the text.</summary>
/// <param name="label">The label of every entity registered here.</param>
public sealed class EntityRegistry(string label)
{
    private readonly List<ExtractedEntity> _entities = [];
    private readonly Dictionary<string, ExtractedEntity> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ExtractedEntity> _byWrittenName = new(StringComparer.Ordinal);

    /// <summary>The label of the entities.</summary>
    public string Label { get; } = label;

    /// <summary>Entities in order of first mention.</summary>
    public IReadOnlyList<ExtractedEntity> All => _entities;

    /// <summary>
    /// Registers a mention written <paramref name="writtenName"/> at <paramref name="span"/> as the entity called
    /// <paramref name="canonicalName"/>: the first mention creates the entity, later ones add an alias and a mention.
    /// </summary>
    /// <param name="writtenName">The name as written there.</param>
    /// <param name="span">Where it is written.</param>
    /// <param name="canonicalName">The resolved name.</param>
    /// <param name="key">What makes the id unique, when the name alone does not (a funding line's position); the canonical name by default.</param>
    public ExtractedEntity Register(string writtenName, SourceSpan span, string canonicalName, string? key = null)
    {
        var entity = Ensure(canonicalName, span, key);
        entity.AddAlias(writtenName);
        entity.AddMention(span);
        _byWrittenName.TryAdd(writtenName, entity);
        return entity;
    }

    /// <summary>
    /// The entity called <paramref name="canonicalName"/>, created without a mention when the text only implies it
    /// (a mentioned county implies its prefecture); <paramref name="source"/> is the text that implies it.
    /// </summary>
    public ExtractedEntity Ensure(string canonicalName, SourceSpan source, string? key = null)
    {
        var id = NodeIds.Entity(Label, key ?? canonicalName);
        if (!_byId.TryGetValue(id, out var entity))
        {
            entity = new ExtractedEntity(id, Label, canonicalName, source);
            _byId.Add(id, entity);
            _entities.Add(entity);
        }

        return entity;
    }

    /// <summary>The entity a written name resolved to, or null when it was never registered.</summary>
    public ExtractedEntity? Find(string writtenName) => _byWrittenName.GetValueOrDefault(writtenName);
}
