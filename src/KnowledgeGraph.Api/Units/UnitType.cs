using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using KnowledgeGraph.Api.Graph.Connections;
using KnowledgeGraph.Api.Graph.DataLoaders;
using KnowledgeGraph.Api.Graph.Filtering;
using KnowledgeGraph.Api.Graph.Navigation;
using KnowledgeGraph.Api.Graph.Nodes;
using KnowledgeGraph.Api.Measures;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Domain.Measures;
using KnowledgeGraph.Domain.Units;
using KnowledgeGraph.Storage.Querying;

namespace KnowledgeGraph.Api.Units;

/// <summary>GraphQL type of <see cref="Unit"/>.</summary>
public sealed class UnitType : ObjectGraphType<Unit>, INodeGraphType
{
    /// <inheritdoc />
    public static string TypeName => "Unit";

    /// <inheritdoc />
    public static string Label => NodeLabels.Unit;

    /// <inheritdoc />
    public static IReadOnlyList<QueryableField> QueryableFields { get; } =
    [
        new("name", PropertyNames.Name, QueryableValueKind.Text),
        new("aliases", PropertyNames.Aliases, QueryableValueKind.TextList, Sortable: false),
    ];

    /// <summary>Declares the unit fields.</summary>
    public UnitType()
    {
        Name = TypeName;
        Description = "A government body, office, party committee or company, under its canonical name.";
        this.ImplementNode(u => u.Id);
        Field(u => u.Name).Description("Canonical name, such as 凉山州财政局.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aliases")
            .Description("Other names the documents use, such as the short form 州财政局.")
            .Resolve(context => context.Source.Aliases);
        Field<NonNullGraphType<ConnectionGraphType<MeasureType, Measure>>>("measures")
            .Description("Measures the unit is responsible for, in document order; with ANY, led ones first.")
            .Argument<NonNullGraphType<MeasureRoleType>>("role", "Which responsibility to follow.", argument => argument.DefaultValue = MeasureRole.Any)
            .WithPaging()
            .Resolve(context => context.PageOf<Measure>(MeasureIds(context, context.GetArgument<MeasureRole>("role"))));
    }

    private static IDataLoaderResult<IReadOnlyList<string>> MeasureIds(IResolveFieldContext<Unit> context, MeasureRole role)
    {
        var led = context.RelatedIds(context.Source.Id, RelationshipDirection.Incoming, RelationshipTypes.LedBy);
        var supported = context.RelatedIds(context.Source.Id, RelationshipDirection.Incoming, RelationshipTypes.CoLedBy);
        return role switch
        {
            MeasureRole.Lead => led,
            MeasureRole.Co => supported,
            _ => led.Then(ledIds => supported.Select(supportedIds =>
                (IReadOnlyList<string>)ledIds.Union(supportedIds, StringComparer.Ordinal).ToList())),
        };
    }
}
