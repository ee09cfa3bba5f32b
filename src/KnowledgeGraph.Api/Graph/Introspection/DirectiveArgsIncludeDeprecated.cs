using GraphQL.Types;
using GraphQL.Utilities;

namespace KnowledgeGraph.Api.Graph.Introspection;

/// <summary>
/// Gives <c>__Directive.args</c> the <c>includeDeprecated</c> argument that the GraphQL spec and graphql-js's
/// <c>getIntrospectionQuery({ inputValueDeprecation: true })</c> use and that graphql-dotnet 8 lacks (it has it on
/// <c>__Field.args</c> and <c>__Type.inputFields</c> only), so that code generators' query validates here. The
/// argument changes nothing: no directive of this schema has a deprecated argument, so every argument is listed either way.
/// </summary>
public sealed class DirectiveArgsIncludeDeprecated : BaseSchemaNodeVisitor
{
    /// <inheritdoc />
    public override void VisitObjectFieldDefinition(FieldType field, IObjectGraphType type, ISchema schema)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(schema);
        if (type.Name == "__Directive" && field.Name == "args" && field.Arguments?.Find("includeDeprecated") is null)
        {
            (field.Arguments ??= []).Add(new QueryArgument(schema.AllTypes["Boolean"]!)
            {
                Name = "includeDeprecated",
                Description = "Whether deprecated arguments are listed too; none of this schema's directives has one.",
                DefaultValue = false,
            });
        }
    }
}
