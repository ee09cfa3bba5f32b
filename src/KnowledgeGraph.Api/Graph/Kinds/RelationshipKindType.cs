using GraphQL.Types;

namespace KnowledgeGraph.Api.Graph.Kinds;

/// <summary><c>RelationshipKind</c>: one value per relationship type (LED_BY, CO_LED_BY, PART_OF, ISSUED_BY …).</summary>
public sealed class RelationshipKindType : EnumerationGraphType
{
    /// <summary>One value per type of <see cref="GraphVocabulary.RelationshipTypes"/>; its internal value is the type.</summary>
    public RelationshipKindType()
    {
        Name = "RelationshipKind";
        Description = "The type of a relationship, as the graph stores it.";
        foreach (var type in GraphVocabulary.RelationshipTypes)
        {
            Add(type, type, $"Relationships of type `{type}`.");
        }
    }
}
