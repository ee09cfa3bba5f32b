namespace KnowledgeGraph.Storage;

/// <summary>
/// Whether the store can be used right now, for readiness and for the start-up load. A store in the service's own
/// process always can; one on a server may be down, unreachable, or refuse the configured credentials or database.
/// </summary>
public interface IGraphStoreProbe
{
    /// <summary>
    /// One quick check, not retried (a probe must answer at once, not after a retry budget): whether the store answers,
    /// and if not, what is wrong, in words an operator can act on.
    /// </summary>
    Task<StoreStatus> CheckAsync(CancellationToken cancellationToken = default);
}
