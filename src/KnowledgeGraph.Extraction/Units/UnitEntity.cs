using KnowledgeGraph.Domain.Graph;

namespace KnowledgeGraph.Extraction.Units;

/// <summary>One real unit of the document, under its canonical name, with every other name it was written as.</summary>
public sealed class UnitEntity
{
    private readonly SortedSet<string> _aliases = new(StringComparer.Ordinal);

    /// <summary>Creates a unit first mentioned at <paramref name="firstMention"/>.</summary>
    public UnitEntity(string canonicalName, SourceSpan firstMention)
    {
        ArgumentException.ThrowIfNullOrEmpty(canonicalName);
        Name = canonicalName;
        Id = NodeIds.Unit(canonicalName);
        FirstMention = firstMention;
    }

    /// <summary>Node id, <c>unit:&lt;canonical name&gt;</c>.</summary>
    public string Id { get; }

    /// <summary>Canonical name such as 凉山州财政局.</summary>
    public string Name { get; }

    /// <summary>Where the unit is first mentioned; the node's evidence.</summary>
    public SourceSpan FirstMention { get; }

    /// <summary>Other names, ordinally sorted so that the node does not depend on mention order.</summary>
    public IReadOnlyCollection<string> Aliases => _aliases;

    /// <summary>Records <paramref name="writtenName"/> as an alias unless it is the canonical name.</summary>
    public void AddAlias(string writtenName)
    {
        if (!string.Equals(writtenName, Name, StringComparison.Ordinal))
        {
            _aliases.Add(writtenName);
        }
    }

    /// <summary>The unit node.</summary>
    public NodeRecord ToNode(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new NodeRecord(Id, NodeLabels.Unit, context.NodeProperties(Name, [.. _aliases], FirstMention));
    }
}
