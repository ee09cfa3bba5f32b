using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Api.Apis.ApiKeys;
using KnowledgeGraph.Api.Corpus;
using KnowledgeGraph.Api.Ingestion;
using KnowledgeGraph.Api.Limits;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Apis;

/// <summary>What the GraphQL endpoint's handlers need, passed as one <c>[AsParameters]</c> record.</summary>
/// <param name="Executer">Runs operations against the schema.</param>
/// <param name="Serializer">Reads requests and writes responses.</param>
/// <param name="Limits">Request size and query length limits.</param>
/// <param name="Readiness">Whether the store has loaded the corpus.</param>
/// <param name="MutationGate">Lets mutations through only with the API key.</param>
/// <param name="BodyLimit">How large a POST body may be: larger with the API key, for documents to ingest.</param>
public sealed record GraphQLServices(
    IDocumentExecuter<ISchema> Executer,
    IGraphQLTextSerializer Serializer,
    IOptions<LimitsOptions> Limits,
    CorpusReadiness Readiness,
    MutationApiKeyGate MutationGate,
    RequestBodyLimit BodyLimit);
