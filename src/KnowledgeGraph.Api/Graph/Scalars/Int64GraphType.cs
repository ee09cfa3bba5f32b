using GraphQL.Types;

namespace KnowledgeGraph.Api.Graph.Scalars;

/// <summary>
/// graphql-dotnet's <c>Long</c> scalar, a signed 64-bit integer written as a JSON number (never a string), with the
/// specification that says exactly that. Registered on the schema, it replaces the built-in instance by name.
/// </summary>
internal sealed class Int64GraphType : LongGraphType
{
    /// <summary>
    /// IBM's <c>Long</c> custom scalar: a 64-bit signed integer as a number. (The GraphQL Foundation's
    /// scalars.graphql.org <c>Long</c> writes it as a string, which is not what this API sends.)
    /// </summary>
    public static readonly Uri Specification = new("https://ibm.github.io/graphql-specs/custom-scalars/long.html");

    /// <summary>Describes the format and points <c>@specifiedBy</c> at it.</summary>
    public Int64GraphType()
    {
        Name = "Long";
        Description = "A signed 64-bit integer, written as a JSON number.";
        SpecifiedByDirective.Apply(this, Specification);
    }
}
