using KnowledgeGraph.Api.Graph.Entities;
using KnowledgeGraph.Api.Graph.Filtering;
using KnowledgeGraph.Api.Graph.Nodes;
using KnowledgeGraph.Api.Regions;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Domain.Regions;
using KnowledgeGraph.Domain.Schools;
using KnowledgeGraph.Storage.Querying;

namespace KnowledgeGraph.Api.Schools;

/// <summary>GraphQL type of <see cref="School"/>.</summary>
public sealed class SchoolType : EntityGraphType<School>, INodeGraphType
{
    /// <inheritdoc />
    public static string TypeName => "School";

    /// <inheritdoc />
    public static string Label => NodeLabels.School;

    /// <inheritdoc />
    public static IReadOnlyList<QueryableField> QueryableFields { get; } =
    [
        .. EntityQueryableFields.Common,
        new("type", PropertyNames.SchoolType, QueryableValueKind.Text),
    ];

    /// <summary>Declares the school fields.</summary>
    public SchoolType()
        : base(TypeName, "A school, college or university.", "Full name, such as 成都理工大学 or 四川交通职业技术学院.")
    {
        Field(s => s.Type, nullable: true).Description("university, college, vocational, secondary, primary, kindergarten, special or general (a school of no one stage: 宁南春晖学校).");
        RelatedSingleField<RegionType, Region>("region", "The region the school is in, where the text or its name says.", RelationshipDirection.Outgoing, RelationshipTypes.LocatedIn);
    }
}
