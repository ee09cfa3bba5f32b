using GraphQL.Types;

namespace KnowledgeGraph.Api.Graph;

/// <summary>The KnowledgeGraph schema; its printed SDL is checked in as <c>schema/schema.graphql</c>.</summary>
public sealed class KnowledgeGraphSchema : Schema
{
    /// <summary>Builds the schema from the registered graph types.</summary>
    public KnowledgeGraphSchema(IServiceProvider services, QueryType query, MutationType mutation)
        : base(services)
    {
        Description = "KnowledgeGraph: Sichuan education documents as a graph of documents, plans, measures and units.";
        // graphql-js's getIntrospectionQuery({ inputValueDeprecation: true }), which code generators send, asks for
        // args(includeDeprecated:) and __InputValue.isDeprecated; without this feature the schema refuses it.
        Features.DeprecationOfInputValues = true;
        Query = query;
        Mutation = mutation;
    }
}
