using GraphQL;
using GraphQL.Introspection;
using GraphQL.Types;
using GraphQLParser.AST;

namespace KnowledgeGraph.Api.Graph.Scalars;

/// <summary>
/// The spec's <c>@specifiedBy(url:)</c> and the <c>__Type.specifiedByURL</c> field that reads it. graphql-dotnet 8 has
/// neither, so a client that asks for <c>specifiedByURL</c> (graphql-js's
/// <c>getIntrospectionQuery({ specifiedByUrl: true })</c>, Banana Cake Pop) would have its whole introspection refused.
/// The applied directive is the one place a scalar's URL is kept: the printed SDL and introspection both read it.
/// </summary>
internal sealed class SpecifiedByDirective : Directive
{
    private const string DirectiveName = "specifiedBy";
    private const string UrlArgument = "url";

    /// <summary>Defines the directive as the spec does: on scalars, one required URL.</summary>
    public SpecifiedByDirective()
        : base(DirectiveName, DirectiveLocation.Scalar)
    {
        Description = "Exposes a URL that specifies the behaviour of this scalar.";
        Arguments = new QueryArguments(new QueryArgument<NonNullGraphType<StringGraphType>>
        {
            Name = UrlArgument,
            Description = "The URL that specifies the behaviour of this scalar.",
        });
    }

    /// <summary>Listed by <c>__schema { directives }</c> like the other directives of the spec, though not executable.</summary>
    public override bool? Introspectable => true;

    /// <summary>Applies <c>@specifiedBy(url: …)</c> to a scalar.</summary>
    public static void Apply(ScalarGraphType scalar, Uri specification) =>
        scalar.ApplyDirective(DirectiveName, UrlArgument, specification.AbsoluteUri);

    /// <summary>
    /// Adds <c>specifiedByURL: String</c> to the introspection type <c>__Type</c>: the URL of a scalar's
    /// <c>@specifiedBy</c>, null for every other type and for scalars without one (the built-in ones).
    /// </summary>
    public static void AddSpecifiedByUrlField(__Type introspectionType) =>
        introspectionType.Field<StringGraphType>("specifiedByURL")
            .Resolve(context => context.Source is ScalarGraphType scalar
                ? scalar.FindAppliedDirective(DirectiveName)?.FindArgument(UrlArgument)?.Value
                : null);
}
