using GraphQL.Introspection;
using GraphQL.Types;
using KnowledgeGraph.Api.Graph.Scalars;

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

        // Introspection as the current spec has it, so that graphql-js's and the IDE's full introspection queries
        // (isRepeatable, specifiedByURL) are answered instead of refused.
        Features.RepeatableDirectives = true;
        // The default filter hides isRepeatable from __type(name: "__Directive") even when the feature is on; this one
        // hides nothing (the experimental applied-directive types it would also reveal are not switched on).
        Filter = new ExperimentalIntrospectionFeaturesSchemaFilter();
        Directives.Register(new SpecifiedByDirective());
        RegisterType(new FullDateGraphType());
        RegisterType(new Int64GraphType());
    }

    /// <inheritdoc />
    protected override void OnBeforeInitializeType(IGraphType graphType)
    {
        if (graphType is __Type introspectionType)
        {
            SpecifiedByDirective.AddSpecifiedByUrlField(introspectionType);
        }
    }
}
