using KnowledgeGraph.Api.Graph.Entities;
using KnowledgeGraph.Api.Graph.Filtering;
using KnowledgeGraph.Api.Graph.Nodes;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Domain.Targets;
using KnowledgeGraph.Storage.Querying;

namespace KnowledgeGraph.Api.Targets;

/// <summary>GraphQL type of <see cref="Target"/>.</summary>
public sealed class TargetType : EntityGraphType<Target>, INodeGraphType
{
    /// <inheritdoc />
    public static string TypeName => "Target";

    /// <inheritdoc />
    public static string Label => NodeLabels.Target;

    /// <inheritdoc />
    public static IReadOnlyList<QueryableField> QueryableFields { get; } =
    [
        .. EntityQueryableFields.Common,
        new("indicator", PropertyNames.Indicator, QueryableValueKind.Text),
        new("value", PropertyNames.Value, QueryableValueKind.Text),
        new("year", PropertyNames.Year, QueryableValueKind.Number),
        new("text", PropertyNames.Text, QueryableValueKind.Text, Sortable: false),
    ];

    /// <summary>Declares the target fields.</summary>
    public TargetType()
        : base(TypeName, "A quantified goal with its value and year.", "Indicator and value, such as 学前三年毛入园率达92%.")
    {
        Field(t => t.Indicator, nullable: true).Description("What is measured, such as 学前三年毛入园率.");
        Field(t => t.Value, nullable: true).Description("The value as written, such as 92%.");
        Field(t => t.Year, nullable: true).Description("The year it is due by.");
        Field(t => t.Text, nullable: true).Description("The clause the target was read from.");
        RelatedListField<NodeInterface, object>("setBy", "The measures, plans or articles that set the target.", RelationshipDirection.Incoming, RelationshipTypes.HasTarget);
    }
}
