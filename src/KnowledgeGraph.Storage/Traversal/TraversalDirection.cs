namespace KnowledgeGraph.Storage.Traversal;

/// <summary>Which way a traversal may follow relationships from the node it stands on.</summary>
public enum TraversalDirection
{
    /// <summary>From a relationship's start to its end only: <c>(a)-[r]-&gt;(b)</c>.</summary>
    Outgoing,

    /// <summary>From a relationship's end to its start only: <c>(a)&lt;-[r]-(b)</c>.</summary>
    Incoming,

    /// <summary>Either way: <c>(a)-[r]-(b)</c>.</summary>
    Both,
}
