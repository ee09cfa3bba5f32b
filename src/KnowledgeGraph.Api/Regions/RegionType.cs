using KnowledgeGraph.Api.Graph.Entities;
using KnowledgeGraph.Api.Graph.Filtering;
using KnowledgeGraph.Api.Graph.Nodes;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Domain.Regions;
using KnowledgeGraph.Storage.Querying;

namespace KnowledgeGraph.Api.Regions;

/// <summary>GraphQL type of <see cref="Region"/>.</summary>
public sealed class RegionType : EntityGraphType<Region>, INodeGraphType
{
    /// <inheritdoc />
    public static string TypeName => "Region";

    /// <inheritdoc />
    public static string Label => NodeLabels.Region;

    /// <inheritdoc />
    public static IReadOnlyList<QueryableField> QueryableFields { get; } =
    [
        .. EntityQueryableFields.Common,
        new("level", PropertyNames.Level, QueryableValueKind.Text),
        new("code", PropertyNames.Code, QueryableValueKind.Text),
    ];

    /// <summary>Declares the region fields.</summary>
    public RegionType()
        : base(TypeName, "A province, prefecture (市, 州) or county-level division (县, 县级市, 区) of the gazetteer.", "Full name, such as 凉山彝族自治州 or 西昌市.")
    {
        Field(r => r.Level, nullable: true).Description("province, prefecture or county.");
        Field(r => r.Code, nullable: true).Description("Statistical division code, such as 513400.");
        RelatedSingleField<RegionType, Region>("parent", "The region this one is part of: a county's prefecture, a prefecture's province.", RelationshipDirection.Outgoing, RelationshipTypes.PartOf);
        RelatedListField<RegionType, Region>("children", "The regions that are part of this one.", RelationshipDirection.Incoming, RelationshipTypes.PartOf);
    }
}
