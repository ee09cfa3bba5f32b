namespace KnowledgeGraph.Api.Corpus;

/// <summary>Whether the store has loaded the corpus: the service answers queries only from then on.</summary>
public sealed class CorpusReadiness
{
    private readonly TaskCompletionSource _loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>True once every document has been loaded (or logged as failed).</summary>
    public bool IsReady => _loaded.Task.IsCompleted;

    /// <summary>Completes when the corpus is loaded.</summary>
    public Task Loaded => _loaded.Task;

    /// <summary>The kept documents that failed verification while the corpus loaded; the service runs without them.</summary>
    public IReadOnlyList<SetAsideDocument> SetAside { get; private set; } = [];

    /// <summary>Marks the corpus as loaded, without the documents it set aside; called once by the <see cref="CorpusLoader"/>.</summary>
    public void MarkReady(IReadOnlyList<SetAsideDocument> setAside)
    {
        SetAside = setAside;
        _loaded.TrySetResult();
    }
}
