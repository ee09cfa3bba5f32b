using GraphQL.Types;
using KnowledgeGraph.Api.Sources;
using KnowledgeGraph.Api.Units;
using KnowledgeGraph.Domain.Graph;

namespace KnowledgeGraph.Api.Graph.Relationships;

/// <summary>
/// <c>RelationshipProperties</c>: what a relationship itself says, as Neo4j GraphQL's <c>edges { properties }</c>
/// shows it. One type for every relationship kind; a field that does not apply to a kind is null.
/// </summary>
public sealed class RelationshipPropertiesType : ObjectGraphType<RelationshipRecord>
{
    /// <summary>Declares the properties.</summary>
    public RelationshipPropertiesType()
    {
        Name = "RelationshipProperties";
        Description = "The properties of a relationship: where it was read and, for responsibilities, the role.";
        Field<MeasureRoleType>("role")
            .Description("For LED_BY and CO_LED_BY: the part the unit plays in the measure (LEAD or CO); null otherwise.")
            .Resolve(context => Responsibility.RoleOf(context.Source.Type));
        Field<EvidenceType>("evidence")
            .Description("Where in which document the relationship was read.")
            .Resolve(context => Evidence.ReadFrom(context.Source.Properties));
    }
}
