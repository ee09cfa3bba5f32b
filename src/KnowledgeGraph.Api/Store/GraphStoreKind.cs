namespace KnowledgeGraph.Api.Store;

/// <summary>The stores the service can run on, by the names <c>KnowledgeGraph:Store</c> takes.</summary>
public enum GraphStoreKind
{
    /// <summary>The graph in the service's memory, loaded from the documents at every start (the default; nothing to set up).</summary>
    Embedded,

    /// <summary>The graph in Neo4j over its HTTP Query API, configured under <c>KnowledgeGraph:Neo4j</c>.</summary>
    Neo4j,
}
