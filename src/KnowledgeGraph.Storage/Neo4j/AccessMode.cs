namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>Whether a statement only reads; a cluster may route reads to followers.</summary>
internal enum AccessMode
{
    /// <summary>The statement only reads.</summary>
    Read,

    /// <summary>The statement may write.</summary>
    Write,
}
