namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// Where Neo4j's HTTP Query API is and how to talk to it, bound from <c>KnowledgeGraph:Neo4j</c>. The connection
/// settings fall back to <c>NEO4J_URI</c>, <c>NEO4J_USERNAME</c> and <c>NEO4J_PASSWORD</c>, the names Neo4j's own tools
/// and Aura's credential files use (<see cref="Neo4jOptionsFallbacks"/>).
/// </summary>
public sealed class Neo4jOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "KnowledgeGraph:Neo4j";

    /// <summary>
    /// The server's HTTP address (<c>http://localhost:7474</c>, <c>https://xxxx.databases.neo4j.io</c>). A Bolt address
    /// (<c>neo4j://</c>, <c>bolt://</c>, with or without <c>+s</c>) is mapped to the HTTP one when the port says which it
    /// is (see <see cref="QueryApiAddress"/>).
    /// </summary>
    public string? Uri { get; set; }

    /// <summary>The database every statement runs against.</summary>
    public string Database { get; set; } = "neo4j";

    /// <summary>The user for Basic authentication.</summary>
    public string? User { get; set; }

    /// <summary>The password for Basic authentication.</summary>
    public string? Password { get; set; }

    /// <summary>How long one HTTP request may take before it counts as a connection failure.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The wait before the first retry; each later wait doubles it, with jitter (as Neo4j's drivers do).</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The most time one unit of work may take, retries and their waits included.</summary>
    public TimeSpan RetryBudget { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How many retryable failures within <see cref="BreakerSamplingDuration"/> (when at least half the calls failed)
    /// open the circuit, so that a Neo4j that is down is not hammered and callers fail fast.
    /// </summary>
    public int BreakerMinimumThroughput { get; set; } = 10;

    /// <summary>The window in which the circuit breaker counts failures.</summary>
    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an open circuit refuses calls before it lets one through to probe the server.</summary>
    public TimeSpan BreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(15);
}
