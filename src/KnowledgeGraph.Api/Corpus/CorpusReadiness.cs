namespace KnowledgeGraph.Api.Corpus;

/// <summary>Whether the store has loaded the corpus: the service answers queries only from then on.</summary>
public sealed class CorpusReadiness
{
    private readonly TaskCompletionSource _loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>True once every document has been loaded (or logged as failed).</summary>
    public bool IsReady => _loaded.Task.IsCompleted;

    /// <summary>Completes when the corpus is loaded.</summary>
    public Task Loaded => _loaded.Task;

    /// <summary>Marks the corpus as loaded; called once by the <see cref="CorpusLoader"/>.</summary>
    public void MarkReady() => _loaded.TrySetResult();
}
