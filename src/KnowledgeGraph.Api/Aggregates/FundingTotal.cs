using KnowledgeGraph.Storage.Aggregates;

namespace KnowledgeGraph.Api.Aggregates;

/// <summary>One group of funding lines and its sums.</summary>
/// <param name="Group">The store's group: its key, how many lines, and the summed amounts.</param>
/// <param name="KeyIsNodeId">True when the key is the id of a related node rather than a property value.</param>
public sealed record FundingTotal(NodeGroup Group, bool KeyIsNodeId);
