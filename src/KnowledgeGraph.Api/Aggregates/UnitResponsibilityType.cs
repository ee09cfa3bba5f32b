using GraphQL.Types;
using KnowledgeGraph.Api.Graph.DataLoaders;
using KnowledgeGraph.Api.Graph.Navigation;
using KnowledgeGraph.Api.Units;
using KnowledgeGraph.Domain.Units;

namespace KnowledgeGraph.Api.Aggregates;

/// <summary>GraphQL type of <see cref="UnitResponsibility"/>.</summary>
public sealed class UnitResponsibilityType : ObjectGraphType<UnitResponsibility>
{
    /// <summary>Declares the counts and the unit.</summary>
    public UnitResponsibilityType()
    {
        Name = "UnitResponsibility";
        Description = "A unit with the number of measures it leads and shares.";
        Field<NonNullGraphType<UnitType>>("unit")
            .Description("The unit.")
            .Resolve(context => context.LoadNodes<Unit>([context.Source.UnitId]).Select(units => units[0]));
        Field(r => r.Lead).Description("Measures the unit leads (牵头).");
        Field(r => r.Co).Description("Measures the unit shares without leading.");
        Field(r => r.Total).Description("Measures it leads or shares.");
    }
}
