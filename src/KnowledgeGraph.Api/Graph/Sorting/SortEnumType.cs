using GraphQL.Types;

namespace KnowledgeGraph.Api.Graph.Sorting;

/// <summary><c>SortEnumType</c> as HotChocolate names it: <c>ASC</c> or <c>DESC</c>.</summary>
public sealed class SortEnumType : EnumerationGraphType
{
    /// <summary>Declares the two directions.</summary>
    public SortEnumType()
    {
        Name = "SortEnumType";
        Description = "Sort direction. Missing values sort last in both directions.";
        Add("ASC", false, "Ascending: numbers small to large, strings by code point.");
        Add("DESC", true, "Descending.");
    }
}
