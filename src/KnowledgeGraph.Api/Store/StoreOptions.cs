namespace KnowledgeGraph.Api.Store;

/// <summary>Which store holds the graph (configuration key <c>KnowledgeGraph:Store</c>).</summary>
public sealed class StoreOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "KnowledgeGraph";

    /// <summary>
    /// The name of a <see cref="GraphStoreKind"/>, in any letter case: <c>Embedded</c> (the default) or <c>Neo4j</c>.
    /// Text rather than the enum, so that a wrong name stops the service with the allowed ones instead of a binding error.
    /// </summary>
    public string Store { get; set; } = nameof(GraphStoreKind.Embedded);

    /// <summary>The store <see cref="Store"/> names, or null when it names none.</summary>
    internal GraphStoreKind? Kind =>
        Enum.GetNames<GraphStoreKind>().FirstOrDefault(name => string.Equals(name, Store?.Trim(), StringComparison.OrdinalIgnoreCase)) is { } name
            ? Enum.Parse<GraphStoreKind>(name)
            : null;

    /// <summary>The allowed names, for messages.</summary>
    internal static string AllowedNames => string.Join(" or ", Enum.GetNames<GraphStoreKind>());
}
