using GraphQL.Types;

namespace KnowledgeGraph.Api.Graph.Kinds;

/// <summary>
/// <c>NodeKind</c>: one value per node label (DOCUMENT, PLAN, MEASURE, UNIT …), for searching and counting over every
/// kind of node. Unlike <c>EntityKind</c> it also covers documents, plans and measures, which are not named entities.
/// </summary>
public sealed class NodeKindType : EnumerationGraphType
{
    /// <summary>One value per label of <see cref="GraphVocabulary.Labels"/>; its internal value is the label.</summary>
    public NodeKindType()
    {
        Name = "NodeKind";
        Description = "The kind of a node: its label in the graph.";
        foreach (var label in GraphVocabulary.Labels)
        {
            Add(GraphVocabulary.EnumName(label), label, $"Nodes labelled `{label}`.");
        }
    }
}
