using GraphQL.Validation;
using KnowledgeGraph.Api.Graph.Errors;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Limits.Documents;

/// <summary>
/// graphql-dotnet's validator with bounded work: a document is first measured in time linear in its length
/// (<see cref="DocumentExpansion"/>) and refused, before any rule runs, when it nests fragments deeper than
/// <see cref="LimitsOptions.MaxFragmentNesting"/>, expands to more fields than <see cref="LimitsOptions.MaxSelections"/>
/// or merges more than <see cref="LimitsOptions.MaxFieldsPerSelectionSet"/> into one selection set. The core rules, the
/// complexity analyzer among them, follow fragments by recursion and walk them once per spread, and
/// OverlappingFieldsCanBeMerged compares the fields of a selection set pairwise, so their stack grows with the nesting
/// and their work with the expanded size, not the length; bounding those bounds them. Then the rules run, stopping at
/// <see cref="LimitsOptions.MaxErrors"/> errors (<see cref="ErrorLimitedRule"/>), and the response carries at most that
/// many, followed by one <c>MAX_ERRORS_EXCEEDED</c> error as graphql-js ends validation at its limit.
/// </summary>
/// <param name="validator">The engine's validator.</param>
/// <param name="limits">The limits.</param>
internal sealed class BoundedDocumentValidator(DocumentValidator validator, IOptions<LimitsOptions> limits) : IDocumentValidator
{
    public Task<IValidationResult> ValidateAsync(in ValidationOptions options)
    {
        var limit = limits.Value;
        if (Refusal(DocumentExpansion.Measure(options.Document), limit) is { } refusal)
        {
            return Task.FromResult<IValidationResult>(new ValidationResult(refusal));
        }

        var rules = (options.Rules ?? DocumentValidator.CoreRules).Select(rule => new ErrorLimitedRule(rule, limit.MaxErrors)).ToList();
        return LimitErrorsAsync(validator.ValidateAsync(options with { Rules = rules }), limit.MaxErrors);
    }

    private static async Task<IValidationResult> LimitErrorsAsync(Task<IValidationResult> validation, int maxErrors)
    {
        var result = await validation.ConfigureAwait(false);
        return result.Errors.Count > maxErrors ? Truncated(result, maxErrors) : result;
    }

    private static ValidationError? Refusal(DocumentExpansion expansion, LimitsOptions limit) =>
        expansion.DeepestFragmentNesting > limit.MaxFragmentNesting
            ? new ValidationError(
                $"Fragments are spread inside each other {expansion.DeepestFragmentNesting:0} deep; at most {limit.MaxFragmentNesting} are allowed.")
            {
                Code = ErrorCodes.MaxFragmentNestingExceeded,
            }
            : expansion.LargestDefinition > limit.MaxSelections
            ? new ValidationError(
                $"The {expansion.LargestDefinitionName} expands to {expansion.LargestDefinition:0} fields once its fragments are spread; at most {limit.MaxSelections} are allowed.")
            {
                Code = ErrorCodes.MaxSelectionsExceeded,
            }
            : expansion.LargestSelectionSet > limit.MaxFieldsPerSelectionSet
                ? new ValidationError(
                    $"A selection set holds {expansion.LargestSelectionSet:0} fields once its fragments are merged; at most {limit.MaxFieldsPerSelectionSet} are allowed.")
                {
                    Code = ErrorCodes.MaxFieldsPerSelectionSetExceeded,
                }
                : null;

    private static ValidationResult Truncated(IValidationResult result, int maxErrors)
    {
        var truncated = new ValidationResult();
        foreach (var error in result.Errors.Take(maxErrors))
        {
            truncated.Errors.Add(error);
        }

        truncated.Errors.Add(new ValidationError("Too many validation errors, error limit reached. Validation aborted.")
        {
            Code = ErrorCodes.MaxErrorsExceeded,
        });
        return truncated;
    }
}
