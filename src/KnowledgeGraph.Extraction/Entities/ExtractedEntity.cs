using KnowledgeGraph.Domain.Graph;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// One real thing of the document (a unit, a region, a school …) under its canonical name, with every other name
/// it was written as and every place it was mentioned.
/// </summary>
public sealed class ExtractedEntity
{
    private readonly SortedSet<string> _aliases = new(StringComparer.Ordinal);
    private readonly List<SourceSpan> _mentions = [];

    // The same mentions, so that a name written thousands of times is not compared with each of its mentions again.
    private readonly HashSet<SourceSpan> _mentionSpans = [];
    private readonly SourceSpan _source;

    /// <summary>Creates an entity that the text at <paramref name="source"/> mentions or implies.</summary>
    /// <param name="id">Node id.</param>
    /// <param name="label">Node label, one of <see cref="NodeLabels"/>.</param>
    /// <param name="name">Canonical name.</param>
    /// <param name="source">Where it is read: its first mention, or the text that implies it.</param>
    public ExtractedEntity(string id, string label, string name, SourceSpan source)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Id = id;
        Label = label;
        Name = name;
        _source = source;
    }

    /// <summary>Node id.</summary>
    public string Id { get; }

    /// <summary>Node label.</summary>
    public string Label { get; }

    /// <summary>Canonical name such as 凉山州财政局.</summary>
    public string Name { get; }

    /// <summary>
    /// Where the entity is first mentioned; the node's evidence. An entity the text only implies (a county's
    /// prefecture, the counties a collective unit covers) has no mention and keeps the span that implies it.
    /// </summary>
    public SourceSpan FirstMention => _mentions.Count > 0 ? _mentions[0] : _source;

    /// <summary>Other names, ordinally sorted so that the node does not depend on mention order.</summary>
    public IReadOnlyCollection<string> Aliases => _aliases;

    /// <summary>Every place the entity is mentioned, in the order recognised.</summary>
    public IReadOnlyList<SourceSpan> Mentions => _mentions;

    /// <summary>Properties of the kind beyond name and aliases (a region's level and code, a studio's count …).</summary>
    public IDictionary<string, object?> Properties { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>Records <paramref name="writtenName"/> as an alias unless it is the canonical name.</summary>
    public void AddAlias(string writtenName)
    {
        if (!string.Equals(writtenName, Name, StringComparison.Ordinal))
        {
            _aliases.Add(writtenName);
        }
    }

    /// <summary>Records one more mention.</summary>
    public void AddMention(SourceSpan span)
    {
        if (_mentionSpans.Add(span))
        {
            _mentions.Add(span);
        }
    }

    /// <summary>The entity's node.</summary>
    public NodeRecord ToNode(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var properties = context.NodeProperties(Name, [.. _aliases], FirstMention);
        foreach (var (name, value) in Properties)
        {
            properties[name] = value;
        }

        return new NodeRecord(Id, Label, properties);
    }
}
