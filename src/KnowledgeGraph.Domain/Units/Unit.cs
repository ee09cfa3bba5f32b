using KnowledgeGraph.Domain.Entities;

namespace KnowledgeGraph.Domain.Units;

/// <summary>A government body, office, party committee or company, under its canonical name such as 凉山州财政局.</summary>
public sealed class Unit : Entity
{
    /// <inheritdoc />
    public override EntityKind Kind => EntityKind.Unit;
}
