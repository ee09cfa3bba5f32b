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

    /// <summary>The longest GraphQL document accepted, in characters.</summary>
    [Range(1, 1_048_576)]
    public int MaxQueryLength { get; set; } = 16_384;

    /// <summary>The largest POST body accepted, in bytes; larger bodies are refused with 413 before they are read.</summary>
    [Range(1, 16_777_216)]
    public long MaxRequestBodySize { get; set; } = 131_072;
}
