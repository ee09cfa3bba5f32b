namespace KnowledgeGraph.Storage.Embedded;

/// <summary>The embedded store lives in the service's own process: there is nothing to reach, so it is always available.</summary>
internal sealed class EmbeddedStoreProbe : IGraphStoreProbe
{
    private static readonly StoreStatus InProcess = StoreStatus.Available("The embedded store runs inside the service.");

    public Task<StoreStatus> CheckAsync(CancellationToken cancellationToken = default) => Task.FromResult(InProcess);
}
