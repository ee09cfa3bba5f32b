using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using KnowledgeGraph.Api.Documents;
using KnowledgeGraph.Api.Graph.Connections;
using KnowledgeGraph.Api.Graph.DataLoaders;
using KnowledgeGraph.Api.Graph.Errors;
using KnowledgeGraph.Api.Graph.Mapping;
using KnowledgeGraph.Api.Graph.Nodes;
using KnowledgeGraph.Api.Measures;
using KnowledgeGraph.Api.Plans;
using KnowledgeGraph.Api.Units;
using KnowledgeGraph.Domain.Documents;
using KnowledgeGraph.Domain.Measures;
using KnowledgeGraph.Domain.Plans;
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
    }

    private static IDataLoaderResult<IReadOnlyList<object?>> LoadNodes(IResolveFieldContext context, IReadOnlyList<string> globalIds)
    {
        var nodeIds = globalIds
            .Select(id => GlobalId.Decode(id) ?? throw new ExecutionError($"'{id}' is not an id this API issued.") { Code = ErrorCodes.InvalidId })
            .ToList();
        var mapper = context.RequestServices!.GetRequiredService<NodeMapper>();
        return context.RequestServices!.GetRequiredService<NodeByIdDataLoader>()
            .LoadMany(nodeIds)
            .Select(records => (IReadOnlyList<object?>)records.Select(mapper.Map).ToList());
    }
}
