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
    public IDataLoaderResult<TValue> Load(TKey key)
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

    /// <summary>Queues several keys at once; the result lists their values in the same order.</summary>
    public IDataLoaderResult<IReadOnlyList<TValue>> LoadMany(IEnumerable<TKey> keys)
    {
        var results = keys.Select(Load).ToList();
        return new PendingResults(results);
    }

    /// <summary>Fetches many keys in one call to the store.</summary>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

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

    private sealed class PendingResult(BatchDataLoader<TKey, TValue> loader, Task<TValue> result) : IDataLoaderResult<TValue>
    {
        public async Task<TValue> GetResultAsync(CancellationToken cancellationToken = default)
        {
            if (!result.IsCompleted)
            {
                await loader.DispatchAsync(cancellationToken);
            }

            return await result;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }

    // All keys were queued up front, so the first GetResultAsync fetches them in the same batch.
    private sealed class PendingResults(List<IDataLoaderResult<TValue>> results) : IDataLoaderResult<IReadOnlyList<TValue>>
    {
        public async Task<IReadOnlyList<TValue>> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = new List<TValue>(results.Count);
            foreach (var result in results)
            {
                values.Add(await result.GetResultAsync(cancellationToken));
            }

            return values;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }
}
