namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// A successful Query API answer: the statement's result and, inside an explicit transaction, the transaction the
/// server still holds open (<see cref="TransactionId"/> is null once it is closed).
/// </summary>
internal sealed record QueryApiReply(CypherResult Result, string? TransactionId, string? ClusterAffinity);
