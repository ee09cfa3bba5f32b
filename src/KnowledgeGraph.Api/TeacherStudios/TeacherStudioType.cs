using KnowledgeGraph.Api.Funding;
using KnowledgeGraph.Api.Graph.Entities;
using KnowledgeGraph.Api.Graph.Filtering;
using KnowledgeGraph.Api.Graph.Nodes;
using KnowledgeGraph.Api.Regions;
using KnowledgeGraph.Domain.Funding;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Domain.Regions;
using KnowledgeGraph.Domain.TeacherStudios;
using KnowledgeGraph.Storage.Querying;

namespace KnowledgeGraph.Api.TeacherStudios;

/// <summary>GraphQL type of <see cref="TeacherStudio"/>.</summary>
public sealed class TeacherStudioType : EntityGraphType<TeacherStudio>, INodeGraphType
{
    /// <inheritdoc />
    public static string TypeName => "TeacherStudio";

    /// <inheritdoc />
    public static string Label => NodeLabels.TeacherStudio;

    /// <inheritdoc />
    public static IReadOnlyList<QueryableField> QueryableFields { get; } =
    [
        .. EntityQueryableFields.Common,
        new("level", PropertyNames.Level, QueryableValueKind.Text),
        new("count", PropertyNames.Count, QueryableValueKind.Number),
        new("year", PropertyNames.Year, QueryableValueKind.Number),
    ];

    /// <summary>Declares the studio fields.</summary>
    public TeacherStudioType()
        : base(
            TypeName,
            "名师工作室, 名师名校长工作室, 卓越校长工作室, 名师工作坊 and the like: one object per kind, level and region.",
            "The studio kind with its region and level, such as 平昌县县级名师工作室.")
    {
        Field(s => s.Level, nullable: true).Description("省级, 州级, 市级 or 县级, as written.");
        Field(s => s.Count, nullable: true).Description("How many studios the text counts (built or to be built).");
        Field(s => s.Members, nullable: true).Description("How many members were selected into them.");
        Field(s => s.Year, nullable: true).Description("The year the text ties them to, such as a target year.");
        RelatedSingleField<RegionType, Region>("region", "The region whose studios these are.", RelationshipDirection.Outgoing, RelationshipTypes.LocatedIn);
        RelatedListField<FundingLineType, FundingLine>("fundingLines", "Money attached to the studios, such as 每室每年 2万元.", RelationshipDirection.Incoming, RelationshipTypes.Funds);
    }
}
