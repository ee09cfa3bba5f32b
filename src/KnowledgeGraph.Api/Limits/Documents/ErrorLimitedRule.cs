using GraphQL.Validation;
using GraphQLParser.AST;

namespace KnowledgeGraph.Api.Limits.Documents;

/// <summary>
/// A validation rule that stops looking once the document has <c>maxErrors</c> errors, as graphql-js aborts validation
/// at its error limit: a document of conflicting aliases otherwise has every pair of them compared and reported
/// (600 fields aliased <c>a</c> made 58 MB of errors). graphql-dotnet has no error limit, so its rules are wrapped.
/// </summary>
/// <param name="rule">The rule to run.</param>
/// <param name="maxErrors">How many errors the document may collect before the rule stops visiting it.</param>
internal sealed class ErrorLimitedRule(IValidationRule rule, int maxErrors) : IValidationRule
{
    public async ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        Limited(await rule.GetPreNodeVisitorAsync(context).ConfigureAwait(false));

    public ValueTask<IVariableVisitor?> GetVariableVisitorAsync(ValidationContext context) => rule.GetVariableVisitorAsync(context);

    public async ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context) =>
        Limited(await rule.GetPostNodeVisitorAsync(context).ConfigureAwait(false));

    private LimitedVisitor? Limited(INodeVisitor? visitor) => visitor is null ? null : new LimitedVisitor(visitor, maxErrors);

    private sealed class LimitedVisitor(INodeVisitor visitor, int maxErrors) : INodeVisitor
    {
        public ValueTask EnterAsync(ASTNode node, ValidationContext context) =>
            context.Errors.Count() < maxErrors ? visitor.EnterAsync(node, context) : default;

        public ValueTask LeaveAsync(ASTNode node, ValidationContext context) =>
            context.Errors.Count() < maxErrors ? visitor.LeaveAsync(node, context) : default;
    }
}
