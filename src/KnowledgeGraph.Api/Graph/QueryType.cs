using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using KnowledgeGraph.Api.Aggregates;
using KnowledgeGraph.Api.Articles;
using KnowledgeGraph.Api.Documents;
using KnowledgeGraph.Api.Funding;
using KnowledgeGraph.Api.Graph.Connections;
using KnowledgeGraph.Api.Graph.DataLoaders;
using KnowledgeGraph.Api.Graph.Errors;
using KnowledgeGraph.Api.Graph.Nodes;
using KnowledgeGraph.Api.Graph.Requests;
using KnowledgeGraph.Api.Measures;
using KnowledgeGraph.Api.People;
using KnowledgeGraph.Api.Plans;
using KnowledgeGraph.Api.Programs;
using KnowledgeGraph.Api.Regions;
using KnowledgeGraph.Api.Schools;
using KnowledgeGraph.Api.Search;
using KnowledgeGraph.Api.Targets;
using KnowledgeGraph.Api.TeacherStudios;
using KnowledgeGraph.Api.Traversal;
using KnowledgeGraph.Api.Units;
using KnowledgeGraph.Domain.Articles;
using KnowledgeGraph.Domain.Documents;
using KnowledgeGraph.Domain.Funding;
using KnowledgeGraph.Domain.Measures;
using KnowledgeGraph.Domain.People;
using KnowledgeGraph.Domain.Plans;
using KnowledgeGraph.Domain.Programs;
using KnowledgeGraph.Domain.Regions;
using KnowledgeGraph.Domain.Schools;
using KnowledgeGraph.Domain.Targets;
using KnowledgeGraph.Domain.TeacherStudios;
using KnowledgeGraph.Domain.Units;

namespace KnowledgeGraph.Api.Graph;

/// <summary>The root <c>Query</c> type: refetching by id, and one connection per kind of node.</summary>
public sealed class QueryType : ObjectGraphType
{
    /// <summary>Declares the root fields.</summary>
    public QueryType()
    {
        Name = "Query";
        Description = "Everything the knowledge graph answers. Queries are open; no key is needed.";

        Field<NodeInterface>("node")
            .Description("Fetches an object by its opaque id; null when no object has it.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "An id from any object's `id` field.")
            .Resolve(context => LoadNodes(context, [context.GetArgument<string>("id")]).Select(nodes => nodes[0]));
        Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description("Fetches several objects by id, in the order given; null where no object has an id.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "Ids from objects' `id` fields.")
            .Resolve(context => LoadNodes(context, context.GetArgument<List<string>>("ids")));

        this.NodeConnectionField<DocumentType, Document>("documents", "Source documents.");
        this.NodeConnectionField<PlanType, Plan>("plans", "Implementation plans (实施方案) of all documents.");
        this.NodeConnectionField<MeasureType, Measure>("measures", "Numbered measures of all plans.");
        this.NodeConnectionField<UnitType, Unit>("units", "Government bodies, offices, party committees and companies.");
        this.NodeConnectionField<ArticleType, Article>("articles", "Articles of all documents: bulletin items, news stories, report sections.");
        this.NodeConnectionField<RegionType, Region>("regions", "Provinces, prefectures and county-level divisions.");
        this.NodeConnectionField<SchoolType, School>("schools", "Schools, colleges and universities.");
        this.NodeConnectionField<ProgramType, EducationProgram>("programs", "Named actions, plans, projects and campaigns.");
        this.NodeConnectionField<TeacherStudioType, TeacherStudio>("teacherStudios", "名师工作室 and the like, per kind, level and region.");
        this.NodeConnectionField<FundingLineType, FundingLine>("fundingLines", "Amounts of money with payer, purpose and period.");
        this.NodeConnectionField<TargetType, Target>("targets", "Quantified goals with value and year.");
        this.NodeConnectionField<PersonType, Person>("people", "Named officials with their titles.");
        this.AddTraversalFields();
        this.AddSearchField();
        this.AddAggregateFields();
    }

    private static IDataLoaderResult<IReadOnlyList<object?>> LoadNodes(IResolveFieldContext context, IReadOnlyList<string> globalIds)
    {
        var nodeIds = globalIds
            .Select(id => GlobalId.Decode(id) ?? throw new ExecutionError($"'{id}' is not an id this API issued.") { Code = ErrorCodes.InvalidId })
            .ToList();
        var request = GraphRequest.Of(context);
        var mapper = request.Mapper;
        return request.Nodes
            .LoadMany(nodeIds)
            .Select(records => (IReadOnlyList<object?>)records.Select(mapper.Map).ToList());
    }
}
