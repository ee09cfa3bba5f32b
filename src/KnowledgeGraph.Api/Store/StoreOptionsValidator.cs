using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Store;

/// <summary>Refuses a <c>KnowledgeGraph:Store</c> that names no store, quoting it and naming the allowed ones.</summary>
internal sealed class StoreOptionsValidator : IValidateOptions<StoreOptions>
{
    public ValidateOptionsResult Validate(string? name, StoreOptions options) =>
        options.Kind is not null
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"{StoreOptions.Section}:Store is '{options.Store}', which is not a store; use {StoreOptions.AllowedNames} "
                + $"(the default is {nameof(GraphStoreKind.Embedded)}).");
}
