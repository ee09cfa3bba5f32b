namespace KnowledgeGraph.Storage;

/// <summary>What <see cref="IGraphStoreProbe"/> found.</summary>
/// <param name="IsAvailable">Whether the store answered.</param>
/// <param name="Description">
/// One sentence naming the store and, when it is not available, what is wrong and which setting to check.
/// </param>
public sealed record StoreStatus(bool IsAvailable, string Description)
{
    /// <summary>The store answered.</summary>
    public static StoreStatus Available(string description) => new(true, description);

    /// <summary>The store cannot be used, for the reason given.</summary>
    public static StoreStatus Unavailable(string problem) => new(false, problem);
}
