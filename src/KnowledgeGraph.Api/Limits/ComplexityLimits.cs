using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using KnowledgeGraph.Api.Graph.Connections;
using KnowledgeGraph.Api.Graph.Errors;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Limits;

/// <summary>
/// Configures graphql-dotnet's complexity analyzer from <see cref="LimitsOptions"/>. The analyzer's own limits stay
/// off: when they trip it reports one generic <c>COMPLEXITY</c> error for depth and cost alike, so the check is done
/// here instead, with a code for each limit. Fields that start real work carry their price (<see cref="FieldPrices"/>),
/// introspection lists their size (<see cref="Introspection.IntrospectionListPrices"/>). The analyzer walks a fragment
/// once per spread; it only sees documents whose expansion <see cref="Documents.BoundedDocumentValidator"/> has bounded.
/// </summary>
public static class ComplexityLimits
{
    /// <summary>Sets list costs from the paging options and checks depth and cost against the limits.</summary>
    /// <param name="complexity">The analyzer's options.</param>
    /// <param name="services">The application's services, for the limits and paging options.</param>
    public static void Configure(ComplexityOptions complexity, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(complexity);
        ArgumentNullException.ThrowIfNull(services);
        var limits = services.GetRequiredService<IOptions<LimitsOptions>>().Value;

        // A connection without first/last returns the default page size, so that is what an unbounded list costs.
        complexity.DefaultListImpactMultiplier = services.GetRequiredService<IOptions<PagingOptions>>().Value.DefaultPageSize;
        complexity.ValidateComplexityDelegate = context =>
        {
            context.Error = context.MaxDepth > limits.MaxDepth
                ? new ValidationError($"The operation nests {context.MaxDepth} levels deep; at most {limits.MaxDepth} are allowed.")
                {
                    Code = ErrorCodes.MaxDepthExceeded,
                }
                : context.TotalImpact > limits.MaxComplexity
                    ? new ValidationError(
                        $"The operation's cost is {context.TotalImpact:0}, above the limit of {limits.MaxComplexity}; ask for smaller pages or fewer nested lists.")
                    {
                        Code = ErrorCodes.MaxComplexityExceeded,
                    }
                    : null;
            return Task.CompletedTask;
        };
    }
}
