using KnowledgeGraph.Domain.Entities;

namespace KnowledgeGraph.Domain.People;

/// <summary>A named official, such as 余孝其, with the titles the documents give them.</summary>
public sealed class Person : Entity
{
    /// <summary>Titles as written, such as 省委教育工委书记 and 教育厅党组书记、厅长.</summary>
    public IReadOnlyList<string> Titles { get; init; } = [];

    /// <inheritdoc />
    public override EntityKind Kind => EntityKind.Person;
}
