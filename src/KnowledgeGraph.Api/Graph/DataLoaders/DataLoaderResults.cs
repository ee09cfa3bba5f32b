using GraphQL.DataLoader;

namespace KnowledgeGraph.Api.Graph.DataLoaders;

/// <summary>
/// Chains DataLoader steps (relationships, then the nodes at their ends, then typed objects) so that the engine
/// completes each step for all sibling fields before the next: every step stays one batched store call.
/// </summary>
public static class DataLoaderResults
{
    /// <summary>After <paramref name="first"/> completes, continues with another pending load.</summary>
    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> first, Func<T, IDataLoaderResult<TResult>> next) =>
        new ChainedResult<TResult>(first, value => next((T)value!));

    /// <summary>
    /// After <paramref name="first"/> completes, transforms its value in the same step: the engine gets the transformed
    /// value at once, not one more pending result to come back for.
    /// </summary>
    public static IDataLoaderResult<TResult> Select<T, TResult>(this IDataLoaderResult<T> first, Func<T, TResult> selector) =>
        new ChainedResult<TResult>(first, value => selector((T)value!));

    /// <summary>A result that is already known.</summary>
    public static IDataLoaderResult<T> Completed<T>(T value) => new CompletedResult<T>(value);

    // The engine calls the untyped GetResultAsync and re-queues any IDataLoaderResult it gets back, so returning the
    // next load un-awaited lets sibling fields queue their keys before that load is fetched. A step that only computes
    // (Select) returns its value instead, which spares the engine a round (a task and a pass over the pending fields).
    private sealed class ChainedResult<TResult>(IDataLoaderResult parent, Func<object?, object?> next) : IDataLoaderResult<TResult>
    {
        // A parent already fetched (the usual case: the engine completes a whole level before the next) continues at
        // once, without an async state machine.
        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken)
        {
            var parentResult = parent.GetResultAsync(cancellationToken);
            return parentResult.IsCompletedSuccessfully ? Task.FromResult(Continue(parentResult.Result)) : ContinueAsync(parentResult);
        }

        public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default)
        {
            object? value = this;
            while (value is IDataLoaderResult pending)
            {
                value = await pending.GetResultAsync(cancellationToken);
            }

            return (TResult)value!;
        }

        private async Task<object?> ContinueAsync(Task<object?> parentResult) => Continue(await parentResult);

        private object? Continue(object? value) => value is IDataLoaderResult pending ? new ChainedResult<TResult>(pending, next) : next(value);
    }

    private sealed class CompletedResult<T>(T value) : IDataLoaderResult<T>
    {
        public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult(value);

        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => Task.FromResult<object?>(value);
    }
}
