using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQL.Validation.Rules;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;
using KnowledgeGraph.Api.Limits.Introspection;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Limits.Documents;

/// <summary>
/// Keeps the parsed form of documents that passed validation, keyed by their text and operation name, so that a
/// document asked again is neither parsed nor checked again by the rules whose verdict depends on the document and the
/// schema alone (<see cref="DocumentOnlyRules"/>). The complexity analyzer and <see cref="FieldArgumentsAreValidRule"/>
/// run again on every request for an operation that declares variables (its page sizes and argument values may come
/// from them); for one that declares none their verdict depends on the document alone too, so they are skipped as well.
/// The operation access rule (method and API key) and any rule added later run on every request; variables and
/// arguments are still coerced, and <see cref="BoundedDocumentValidator"/> still measures the document. A document
/// that was refused is never kept, so it is refused again in full.
/// </summary>
/// <remarks>
/// Runs after <see cref="GraphQL.PersistedDocuments.PersistedDocumentHandler"/> (a persisted operation is kept under
/// its text, and only-persisted mode refuses a text before it gets here) and after the rules are added to the
/// options. The cache holds at most <see cref="LimitsOptions.DocumentCacheSize"/> characters of document text: when it
/// is full a new document is not kept and the least recently used ones are evicted in the background, so unique
/// documents sent by the thousand cost their parse each time but cannot grow the process.
/// </remarks>
public sealed class ValidatedDocumentCache : IConfigureExecution, IDisposable
{
    private readonly MemoryCache _documents;
    private readonly HashSet<IValidationRule> _documentOnlyRules;
    private readonly HashSet<IValidationRule> _documentOnlyRulesWithoutVariables;

    /// <summary>Sizes the cache from the limits.</summary>
    public ValidatedDocumentCache(
        IOptions<LimitsOptions> limits, IntrospectionDepthRule introspectionDepth, ComplexityValidationRule complexity)
    {
        ArgumentNullException.ThrowIfNull(limits);
        _documents = new MemoryCache(new MemoryCacheOptions { SizeLimit = limits.Value.DocumentCacheSize, TrackStatistics = true });
        _documentOnlyRules = [.. DocumentOnlyRules(introspectionDepth)];
        _documentOnlyRulesWithoutVariables = [.. DocumentValidator.CoreRules, introspectionDepth, complexity];
    }

    /// <inheritdoc />
    public float SortOrder => 300;

    /// <summary>The total length of the documents held, in characters; never above <see cref="LimitsOptions.DocumentCacheSize"/>.</summary>
    public long HeldCharacters => _documents.GetCurrentStatistics()?.CurrentEstimatedSize ?? 0;

    /// <inheritdoc />
    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        if (options.Document is not null || options.Query is not { } query)
        {
            return await next(options).ConfigureAwait(false);
        }

        var key = (query, options.OperationName);
        if (_documents.TryGetValue(key, out KeptDocument? kept))
        {
            var skipped = kept!.DeclaresVariables ? _documentOnlyRules : _documentOnlyRulesWithoutVariables;
            options.Document = kept.Document;
            options.ValidationRules = (options.ValidationRules ?? DocumentValidator.CoreRules).Where(rule => !skipped.Contains(rule)).ToList();
            return await next(options).ConfigureAwait(false);
        }

        var result = await next(options).ConfigureAwait(false);
        // Executed means every rule passed; a document refused by any of them is not kept.
        if (result.Executed && result.Document is { } validated && result.Operation is { } operation)
        {
            _documents.Set(
                key,
                new KeptDocument(validated, DeclaresVariables: operation.Variables is { Items.Count: > 0 }),
                new MemoryCacheEntryOptions { Size = Math.Max(query.Length, 1) });
        }

        return result;
    }

    /// <inheritdoc />
    public void Dispose() => _documents.Dispose();

    /// <summary>
    /// The rules that look only at the document and the schema: graphql-dotnet's core rules but
    /// <see cref="FieldArgumentsAreValidRule"/> (it checks argument values, which variables supply), and the
    /// introspection nesting rule.
    /// </summary>
    private static IEnumerable<IValidationRule> DocumentOnlyRules(IntrospectionDepthRule introspectionDepth) =>
        DocumentValidator.CoreRules.Where(rule => rule is not FieldArgumentsAreValidRule).Append(introspectionDepth);

    // A validated document, and whether the operation it was validated for declares variables.
    private sealed record KeptDocument(GraphQLDocument Document, bool DeclaresVariables);
}
