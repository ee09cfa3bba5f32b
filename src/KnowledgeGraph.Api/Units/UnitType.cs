using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using KnowledgeGraph.Api.Graph.Connections;
using KnowledgeGraph.Api.Graph.DataLoaders;
using KnowledgeGraph.Api.Graph.Entities;
using KnowledgeGraph.Api.Graph.Filtering;
using KnowledgeGraph.Api.Graph.Navigation;
using KnowledgeGraph.Api.Graph.Nodes;
using KnowledgeGraph.Api.Graph.Relationships;
using KnowledgeGraph.Api.Measures;
using KnowledgeGraph.Api.People;
using KnowledgeGraph.Api.Programs;
using KnowledgeGraph.Api.Regions;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Domain.Measures;
using KnowledgeGraph.Domain.People;
using KnowledgeGraph.Domain.Programs;
using KnowledgeGraph.Domain.Regions;
using KnowledgeGraph.Domain.Units;
using KnowledgeGraph.Storage.Querying;

namespace KnowledgeGraph.Api.Units;

/// <summary>GraphQL type of <see cref="Unit"/>.</summary>
public sealed class UnitType : EntityGraphType<Unit>, INodeGraphType
{
    /// <inheritdoc />
    public static string TypeName => "Unit";

    /// <inheritdoc />
    public static string Label => NodeLabels.Unit;

    /// <inheritdoc />
    public static IReadOnlyList<QueryableField> QueryableFields { get; } = EntityQueryableFields.Common;

    /// <summary>Declares the unit fields.</summary>
    public UnitType()
        : base(TypeName, "A government body, office, party committee or company, under its canonical name.", "Canonical name, such as 凉山州财政局.")
    {
        Field<NonNullGraphType<ConnectionGraphType<MeasureType, Measure>>>("measures")
            .Description("Measures the unit is responsible for, in document order; with ANY, led ones first.")
            .Argument<NonNullGraphType<MeasureRoleType>>("role", "Which responsibility to follow.", argument => argument.DefaultValue = MeasureRole.Any)
            .WithPaging()
            .Resolve(context => MeasurePage(context, context.GetArgument<MeasureRole>("role")));
        RelatedListField<RegionType, Region>(
            "covers",
            "For a collective unit such as 各县（市）党委和人民政府: each region it stands for.",
            RelationshipDirection.Outgoing,
            RelationshipTypes.Covers);
        RelatedListField<ProgramType, EducationProgram>("programs", "Programs the unit runs.", RelationshipDirection.Incoming, RelationshipTypes.RunBy);
        RelatedListField<PersonType, Person>("people", "People who hold a post in the unit.", RelationshipDirection.Incoming, RelationshipTypes.HoldsPost);
        this.RelationshipConnectionField<Unit, MeasureType, Measure>(
                "measuresConnection",
                "The measures the unit is responsible for as relationships, led ones first; each edge carries its role and evidence.",
                u => u.Id,
                RelationshipDirection.Incoming,
                context => Responsibility.TypesOf(context.GetArgument<MeasureRole>("role")))
            .Argument<NonNullGraphType<MeasureRoleType>>("role", "Which responsibility to follow.", argument => argument.DefaultValue = MeasureRole.Any);
    }

    // One role is one relationship type, counted by the store; both roles are a union (a measure the unit leads and
    // shares counts once), which only the whole lists can tell.
    private static IDataLoaderResult<Connection<Measure>> MeasurePage(IResolveFieldContext<Unit> context, MeasureRole role)
    {
        if (role != MeasureRole.Any)
        {
            return context.RelatedPageOf<Measure>(context.Source.Id, RelationshipDirection.Incoming, Responsibility.TypesOf(role)[0]);
        }

        var led = context.RelatedIds(context.Source.Id, RelationshipDirection.Incoming, RelationshipTypes.LedBy);
        var supported = context.RelatedIds(context.Source.Id, RelationshipDirection.Incoming, RelationshipTypes.CoLedBy);
        return context.PageOf<Measure>(led.Then(ledIds => supported.Select(supportedIds =>
            (IReadOnlyList<string>)ledIds.Union(supportedIds, StringComparer.Ordinal).ToList())));
    }
}
