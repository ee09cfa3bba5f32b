using GraphQL.Validation;
using GraphQLParser.AST;
using KnowledgeGraph.Api.Graph.Errors;

namespace KnowledgeGraph.Api.Apis.OperationAccess;

/// <summary>
/// Whether this request may run the operation it names: anything but a query needs POST, and a mutation needs the
/// API key. A validation rule, not a look at the request's text, because the text of a persisted operation is only
/// known once the engine has looked it up: checked here, no mutation escapes whichever way it arrives.
/// </summary>
/// <param name="sentWithGet">Whether the request came as a GET.</param>
/// <param name="checkApiKey">The API key check of the request, asked only for mutations.</param>
public sealed class OperationAccessRule(bool sentWithGet, Func<OperationRefusal?> checkApiKey) : ValidationRuleBase
{
    /// <summary>Why the operation was refused, once validation has run; null when it may run.</summary>
    public OperationRefusal? Refusal { get; private set; }

    /// <inheritdoc />
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Operation is { Operation: not OperationType.Query })
        {
            Refusal = sentWithGet
                ? new OperationRefusal(StatusCodes.Status405MethodNotAllowed, ErrorCodes.MethodNotAllowed, "Only queries may be sent with GET; use POST.")
                : checkApiKey();
            if (Refusal is { } refusal)
            {
                context.ReportError(new ValidationError(refusal.Message) { Code = refusal.Code });
            }
        }

        return default;
    }
}
