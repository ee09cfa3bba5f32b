using KnowledgeGraph.Api.Graph.Filtering;
using KnowledgeGraph.Domain.Graph;

namespace KnowledgeGraph.Api.Graph.Entities;

/// <summary>What every entity type offers to <c>where</c> and <c>order</c>; each type lists these first.</summary>
public static class EntityQueryableFields
{
    /// <summary><c>name</c> and <c>aliases</c>.</summary>
    public static IReadOnlyList<QueryableField> Common { get; } =
    [
        new("name", PropertyNames.Name, QueryableValueKind.Text),
        new("aliases", PropertyNames.Aliases, QueryableValueKind.TextList, Sortable: false),
    ];
}
