using GraphQL;
using GraphQL.Types;

namespace KnowledgeGraph.Api.Apis;

/// <summary>What the GraphQL endpoint's handlers need, passed as one <c>[AsParameters]</c> record.</summary>
/// <param name="Executer">Runs operations against the schema.</param>
/// <param name="Serializer">Reads requests and writes responses.</param>
public sealed record GraphQLServices(IDocumentExecuter<ISchema> Executer, IGraphQLTextSerializer Serializer);
