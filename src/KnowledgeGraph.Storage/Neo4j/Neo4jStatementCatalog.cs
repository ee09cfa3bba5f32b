namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>Every Cypher statement the Neo4j store can send, in each variant a runtime choice can produce.</summary>
public static class Neo4jStatementCatalog
{
    /// <summary>The writer's statements (schema set-up included), then the reader's, then the readiness probe's.</summary>
    public static IReadOnlyList<CypherStatementVariant> All() =>
        [.. Neo4jGraphWriter.StatementVariants(), .. Neo4jGraphReader.StatementVariants(), .. Neo4jStoreProbe.StatementVariants()];
}
