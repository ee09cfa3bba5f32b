namespace KnowledgeGraph.Storage.Querying;

/// <summary>Which end of a relationship the given nodes are.</summary>
public enum RelationshipDirection
{
    /// <summary>The nodes are the relationship's start.</summary>
    Outgoing,

    /// <summary>The nodes are the relationship's end.</summary>
    Incoming,
}
