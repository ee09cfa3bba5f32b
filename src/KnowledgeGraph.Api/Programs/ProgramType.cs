using KnowledgeGraph.Api.Funding;
using KnowledgeGraph.Api.Graph.Entities;
using KnowledgeGraph.Api.Graph.Filtering;
using KnowledgeGraph.Api.Graph.Nodes;
using KnowledgeGraph.Api.Regions;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Funding;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Domain.Programs;
using KnowledgeGraph.Domain.Regions;
using KnowledgeGraph.Storage.Querying;

namespace KnowledgeGraph.Api.Programs;

/// <summary>GraphQL type of <see cref="EducationProgram"/>.</summary>
public sealed class ProgramType : EntityGraphType<EducationProgram>, INodeGraphType
{
    /// <inheritdoc />
    public static string TypeName => "Program";

    /// <inheritdoc />
    public static string Label => NodeLabels.Program;

    /// <inheritdoc />
    public static IReadOnlyList<QueryableField> QueryableFields { get; } = EntityQueryableFields.Common;

    /// <summary>Declares the program fields.</summary>
    public ProgramType()
        : base(TypeName, "A named action, plan, project or campaign (行动, 计划, 工程).", "Name as written, quotes kept, such as “学前学会普通话2.0”行动 or 嘉陵江英才工程.")
    {
        RelatedListField<EntityInterface, Entity>("runBy", "Units, regions or schools that run the program, where the text says.", RelationshipDirection.Outgoing, RelationshipTypes.RunBy);
        RelatedListField<RegionType, Region>("regions", "Regions the program runs in, where the text says.", RelationshipDirection.Outgoing, RelationshipTypes.LocatedIn);
        RelatedListField<FundingLineType, FundingLine>("fundingLines", "Money that pays for the program.", RelationshipDirection.Incoming, RelationshipTypes.Funds);
    }
}
