using GraphQL.DataLoader;

namespace KnowledgeGraph.Api.Graph.DataLoaders;

/// <summary>
/// Collects the keys that resolvers ask for while the engine walks one level of the query, then fetches them all in
/// one call when the engine first asks for a result, and caches the answers for the rest of the request.
/// Written by hand because the GraphQL.DataLoader package is not on the registry we can reach; the engine's own
/// <see cref="IDataLoaderResult"/> support (deferred completion of pending results) does the scheduling.
/// </summary>
/// <typeparam name="TKey">What a resolver asks for.</typeparam>
/// <typeparam name="TValue">What it gets back; missing keys get <see cref="Missing"/>.</typeparam>
public abstract class BatchDataLoader<TKey, TValue>
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, Task<TValue>> _results = [];
    private List<(TKey Key, TaskCompletionSource<TValue> Result)> _pending = [];

    /// <summary>The value given for a key the fetch did not answer.</summary>
    protected abstract TValue Missing { get; }

    /// <summary>Queues a key (or reuses its cached answer) without fetching yet.</summary>
    public IDataLoaderResult<TValue> Load(TKey key) => Queue(key);

    /// <summary>Queues several keys at once; the result lists their values in the same order.</summary>
    public IDataLoaderResult<IReadOnlyList<TValue>> LoadMany(IEnumerable<TKey> keys) => new PendingResults(keys.Select(Queue).ToList());

    /// <summary>Fetches many keys in one call to the store.</summary>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    private PendingResult Queue(TKey key)
    {
        lock (_gate)
        {
            if (!_results.TryGetValue(key, out var result))
            {
                var completion = new TaskCompletionSource<TValue>(TaskCreationOptions.RunContinuationsAsynchronously);
                _pending.Add((key, completion));
                _results[key] = result = completion.Task;
            }

            return new PendingResult(this, result);
        }
    }

    private async Task DispatchAsync(CancellationToken cancellationToken)
    {
        List<(TKey Key, TaskCompletionSource<TValue> Result)> batch;
        lock (_gate)
        {
            (batch, _pending) = (_pending, []);
        }

        if (batch.Count == 0)
        {
            return;
        }

        try
        {
            var values = await FetchAsync(batch.ConvertAll(item => item.Key), cancellationToken);
            batch.ForEach(item => item.Result.SetResult(values.TryGetValue(item.Key, out var value) ? value : Missing));
        }
        catch (Exception exception)
        {
            batch.ForEach(item => item.Result.SetException(exception));
        }
    }

    // The engine asks for most results after their batch was fetched: those answer with the cached task itself (typed)
    // or one completed task (untyped), without an async state machine each.
    private sealed class PendingResult(BatchDataLoader<TKey, TValue> loader, Task<TValue> result) : IDataLoaderResult<TValue>
    {
        public bool IsFetched => result.IsCompletedSuccessfully;

        public TValue Value => result.Result;

        public Task<TValue> GetResultAsync(CancellationToken cancellationToken = default) =>
            result.IsCompleted ? result : DispatchThenAwaitAsync(cancellationToken);

        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            result.IsCompletedSuccessfully ? Task.FromResult<object?>(result.Result) : DispatchThenAwaitUntypedAsync(cancellationToken);

        private async Task<TValue> DispatchThenAwaitAsync(CancellationToken cancellationToken)
        {
            await loader.DispatchAsync(cancellationToken);
            return await result;
        }

        private async Task<object?> DispatchThenAwaitUntypedAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }

    // All keys were queued up front, so the first GetResultAsync fetches them in the same batch; once it has, the values
    // are listed without awaiting each.
    private sealed class PendingResults(List<PendingResult> results) : IDataLoaderResult<IReadOnlyList<TValue>>
    {
        public Task<IReadOnlyList<TValue>> GetResultAsync(CancellationToken cancellationToken = default) =>
            results.TrueForAll(result => result.IsFetched)
                ? Task.FromResult<IReadOnlyList<TValue>>(results.ConvertAll(result => result.Value))
                : AwaitEachAsync(cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);

        private async Task<IReadOnlyList<TValue>> AwaitEachAsync(CancellationToken cancellationToken)
        {
            var values = new List<TValue>(results.Count);
            foreach (var result in results)
            {
                values.Add(await result.GetResultAsync(cancellationToken));
            }

            return values;
        }
    }
}
