using GraphQL.Types;
using KnowledgeGraph.Api.Ingestion;

namespace KnowledgeGraph.Api.Graph;

/// <summary>The root <c>Mutation</c> type; each feature adds its fields.</summary>
public sealed class MutationType : ObjectGraphType
{
    /// <summary>Declares the root fields.</summary>
    public MutationType()
    {
        Name = "Mutation";
        Description = "Changes to the knowledge graph. Every mutation needs the API key in the `X-Api-Key` header.";
        this.AddIngestionFields();
    }
}
