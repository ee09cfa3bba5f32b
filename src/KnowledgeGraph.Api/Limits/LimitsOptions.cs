using System.ComponentModel.DataAnnotations;

namespace KnowledgeGraph.Api.Limits;

/// <summary>
/// How much one request may ask of the service (configuration section <c>KnowledgeGraph:Limits</c>); page sizes are
/// limited by <see cref="Graph.Connections.PagingOptions"/>. Checked at start-up, so a bad value stops the service
/// instead of switching a limit off.
/// </summary>
public sealed class LimitsOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "KnowledgeGraph:Limits";

    /// <summary>The deepest selection set an operation may nest (<c>{ a { b } }</c> has depth 2).</summary>
    [Range(1, 100)]
    public int MaxDepth { get; set; } = 15;

    /// <summary>
    /// The highest cost an operation may have: each field costs 1, multiplied by the page sizes (<c>first</c>/<c>last</c>,
    /// or the default page size) of the lists it sits in, so <c>measures(first: 50) { nodes { leadUnits { name } } }</c>
    /// costs far more than a single unit's name.
    /// </summary>
    [Range(1, 100_000_000)]
    public int MaxComplexity { get; set; } = 1_000_000;

    /// <summary>
    /// How deep introspection may nest the lists of types' members (<c>fields</c>, <c>inputFields</c>, <c>interfaces</c>,
    /// <c>possibleTypes</c>): <c>__type { fields { type { fields { name } } } }</c> nests them 2 deep. The IDE's and code
    /// generators' queries nest them 1 deep; graphql-js allows 2.
    /// </summary>
    [Range(1, 10)]
    public int MaxIntrospectionListNesting { get; set; } = 2;

    /// <summary>
    /// How deep fragments may be spread inside each other (<c>{ ...A }</c> with A spreading B is 2). graphql-dotnet's
    /// validation follows such chains by recursion, and a chain of between one and two thousand fragments (possible
    /// once <see cref="MaxQueryLength"/> is raised) overflows the stack and ends the process, hence the ceiling.
    /// </summary>
    [Range(1, 500)]
    public int MaxFragmentNesting { get; set; } = 50;

    /// <summary>
    /// The most fields an operation (or fragment) may expand to once every fragment spread is replaced by the
    /// fragment's fields; checked before any other validation, so a few lines of fragments that double at every level
    /// are refused at once instead of being expanded.
    /// </summary>
    [Range(1, 1_000_000)]
    public int MaxSelections { get; set; } = 2_000;

    /// <summary>
    /// The most fields one selection set may hold once the fragments spread into it are merged. Validation compares
    /// the fields of a selection set pairwise, so this bounds its work.
    /// </summary>
    [Range(1, 10_000)]
    public int MaxFieldsPerSelectionSet { get; set; } = 100;

    /// <summary>The most validation errors a response carries; validation stops there, as graphql-js's does.</summary>
    [Range(1, 10_000)]
    public int MaxErrors { get; set; } = 100;

    /// <summary>
    /// How long an operation may run; past it, its cancellation token fires (resolvers and store calls stop) and the
    /// response carries one <c>TIMEOUT</c> error.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long the service waits for running requests when it is told to stop (SIGTERM) before it cancels them; the
    /// host's own default of 30 seconds outlasts container orchestrators' patience.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The longest GraphQL document accepted, in characters.</summary>
    [Range(1, 1_048_576)]
    public int MaxQueryLength { get; set; } = 16_384;

    /// <summary>
    /// How many characters of document text the service keeps parsed and validated, so that a document asked again
    /// skips both (see <see cref="Documents.ValidatedDocumentCache"/>). A parsed document takes about ten to twenty
    /// times its text in memory; when the cache is full, new documents are not kept and the least recently used are
    /// evicted, so unique documents cannot grow it.
    /// </summary>
    [Range(1, 16_777_216)]
    public long DocumentCacheSize { get; set; } = 1_048_576;

    /// <summary>The largest POST body accepted, in bytes; larger bodies are refused with 413 before they are read.</summary>
    [Range(1, 16_777_216)]
    public long MaxRequestBodySize { get; set; } = 131_072;
}
