using GraphQL.Types;
using KnowledgeGraph.Storage.Traversal;

namespace KnowledgeGraph.Api.Traversal;

/// <summary>GraphQL enum <c>Direction</c> of <see cref="TraversalDirection"/>.</summary>
public sealed class DirectionType : EnumerationGraphType<TraversalDirection>
{
    /// <summary>Names the enum and describes its values.</summary>
    public DirectionType()
    {
        Name = "Direction";
        Description = "Which way a traversal follows relationships.";
        Values["OUTGOING"]!.Description = "From a relationship's source to its target only (a measure to the units that lead it).";
        Values["INCOMING"]!.Description = "From a relationship's target to its source only (a unit to the measures it leads).";
        Values["BOTH"]!.Description = "Either way.";
    }
}
