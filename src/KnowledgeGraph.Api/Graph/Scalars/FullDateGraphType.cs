using GraphQL.Types;

namespace KnowledgeGraph.Api.Graph.Scalars;

/// <summary>
/// graphql-dotnet's <c>DateOnly</c> scalar, which reads and writes <c>yyyy-MM-dd</c> strings, with the specification
/// of that format: RFC 3339's <c>full-date</c>. Registered on the schema, it replaces the built-in instance by name.
/// </summary>
internal sealed class FullDateGraphType : DateOnlyGraphType
{
    /// <summary>RFC 3339 section 5.6, where <c>full-date</c> is defined.</summary>
    public static readonly Uri Specification = new("https://www.rfc-editor.org/rfc/rfc3339#section-5.6");

    /// <summary>Describes the format and points <c>@specifiedBy</c> at it.</summary>
    public FullDateGraphType()
    {
        Name = "DateOnly";
        Description = "A calendar date without time or zone, written as RFC 3339 `full-date` (`yyyy-MM-dd`, e.g. `2022-03-18`).";
        SpecifiedByDirective.Apply(this, Specification);
    }
}
