using System.Diagnostics;
using System.Net;
using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Testing;
using Microsoft.AspNetCore.Hosting;

namespace KnowledgeGraph.Api.Tests.Limits;

/// <summary>Alone, so that the process's memory and CPU measured around each request are this request's.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HostileRequests : ICollectionFixture<KnowledgeGraphApiFactory>
{
    public const string Name = "Hostile requests, one at a time";
}

/// <summary>
/// Requests built to cost the service far more than they cost the sender, with the default limits, sent as an
/// attacker would: each is refused with its code before it runs, within a few seconds, and leaves the process's
/// memory and CPU as they were. The malformed requests (bad JSON, huge bodies, wrong media types) are covered by
/// <c>LimitsTests</c> and <c>GraphQLOverHttpTests</c>.
/// </summary>
[Collection(HostileRequests.Name)]
public sealed class HostileRequestTests(KnowledgeGraphApiFactory api)
{
    private static readonly TimeSpan AnswerBound = TimeSpan.FromSeconds(5);
    private const long RetainedBytesBound = 64L << 20;
    private static readonly TimeSpan IdleWindow = TimeSpan.FromSeconds(1);

    public static TheoryData<string, string> Corpus { get; } = new()
    {
        { "fragment-doubling", "MAX_SELECTIONS_EXCEEDED" },
        { "unused-fragment-doubling", "MAX_SELECTIONS_EXCEEDED" },
        { "fragment-chain", "MAX_FRAGMENT_NESTING_EXCEEDED" },
        { "fragment-cycle", "NO_FRAGMENT_CYCLES" },
        { "conflicting-aliases", "MAX_FIELDS_PER_SELECTION_SET_EXCEEDED" },
        { "aliased-searches", "MAX_COMPLEXITY_EXCEEDED" },
        { "aliased-neighborhoods", "MAX_COMPLEXITY_EXCEEDED" },
        { "nested-introspection", "INTROSPECTION_TOO_DEEP" },
    };

    [Theory]
    [MemberData(nameof(Corpus))]
    public async Task A_hostile_request_is_refused_quickly_with_its_code_and_leaves_nothing_running(string name, string code)
    {
        var query = await HostileQueryAsync(name);
        // Once first, so that compiling the code it reaches (tiered JIT works in the background) is not counted after it.
        await api.PostAsync(new { query }).WaitAsync(AnswerBound);
        var retainedBefore = RetainedBytes();
        var cpuBefore = await CpuWhileIdleAsync();

        // An answer later than the bound fails the test with a TimeoutException, instead of waiting for the work.
        var (status, body) = await api.PostAsync(new { query }).WaitAsync(AnswerBound);
        var retainedGrowth = RetainedBytes() - retainedBefore;

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(code, body.ErrorCodes());
        Assert.True(retainedGrowth < RetainedBytesBound, $"{name} left the heap {retainedGrowth} bytes larger.");
        // Other hosts of the test run keep the process busy too: work this request left running shows as more CPU
        // in an idle second after it than in one before it (a spinning core adds a whole second).
        var cpuAfter = await CpuWhileIdleAsync();
        Assert.True(cpuAfter - cpuBefore < IdleWindow * 0.6, $"{name} left work running: {cpuAfter} of CPU in {IdleWindow} idle after it, {cpuBefore} before.");
    }

    [Fact]
    public async Task Conflicting_aliases_within_the_limits_answer_at_most_the_error_limit_and_say_that_validation_stopped()
    {
        // 90 fields named `a` with different arguments: 4005 conflicting pairs.
        var aliases = string.Concat(Enumerable.Range(0, 90).Select(i => $"a: __type(name: \"T{i}\") {{ name }} "));

        var (status, body) = await api.PostAsync(new { query = $"{{ {aliases} }}" });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var codes = body.ErrorCodes().ToList();
        Assert.Equal(101, codes.Count);
        Assert.Equal("MAX_ERRORS_EXCEEDED", codes[^1]);
    }

    [Fact]
    public async Task Fields_spread_into_a_selection_set_by_fragments_count_toward_its_limit()
    {
        // 60 + 60 fields, under the limit of 100 in each fragment, over it once both are spread into the root.
        string Fields(string alias) => string.Concat(Enumerable.Range(0, 60).Select(i => $"{alias}{i}: __typename "));

        var (status, body) = await api.PostAsync(new { query = $"{{ ...A ...B }} fragment A on Query {{ {Fields("a")} }} fragment B on Query {{ {Fields("b")} }}" });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["MAX_FIELDS_PER_SELECTION_SET_EXCEEDED"], body.ErrorCodes());
    }

    [Fact]
    public async Task Fragments_within_the_selection_limit_run()
    {
        var data = await api.DataAsync(Doubling(levels: 5) + "{ ...F5 }");

        Assert.Equal("Query", data["__typename"]!.GetValue<string>());
    }

    private async Task<string> HostileQueryAsync(string name) => name switch
    {
        // F0 selects one field; each level spreads the one below twice: F30 expands to 2^30 fields.
        "fragment-doubling" => Doubling(levels: 30) + "{ ...F30 }",
        // Unused fragments are validated too; this one is never spread.
        "unused-fragment-doubling" => Doubling(levels: 30) + "{ __typename }",
        // The longest chain the default query length allows, each fragment spreading the next: 520 deep.
        "fragment-chain" => "{...f0}" + Chain(links: 520, "f", ""),
        // Measured once each, a cycle ends where it meets itself; the core rule then reports it.
        "fragment-cycle" => "{ ...A } fragment A on Query { ...B ...B } fragment B on Query { ...A ...A }",
        "conflicting-aliases" => "{" + string.Concat(Enumerable.Range(0, 500).Select(i => $"a:__type(name:\"{i}\"){{kind}}")) + "}",
        "aliased-searches" => "{ " + string.Concat(Enumerable.Range(0, 99).Select(i => $"s{i}: search(text: \"教育\", first: 50) {{ score }} ")) + "}",
        "aliased-neighborhoods" => await AliasedNeighborhoodsAsync(),
        "nested-introspection" => "{ __type(name: \"Query\") { fields { type { fields { type { fields { type { fields { name } } } } } } } } }",
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "not in the corpus"),
    };

    private async Task<string> AliasedNeighborhoodsAsync()
    {
        var id = await api.UnitIdAsync(KnownNodes.EducationBureau);
        return "{ " + string.Concat(Enumerable.Range(0, 89).Select(i => $"n{i}: neighborhood(id: \"{id}\", depth: 3, limit: 200) {{ nodes {{ id }} }} ")) + "}";
    }

    // Fragments {name}0 … {name}{links}, each spreading the next, the last selecting __typename; spaces optional.
    internal static string Chain(int links, string name, string space) =>
        string.Concat(Enumerable.Range(0, links).Select(link => $"fragment {name}{link} on Query{space}{{{space}...{name}{link + 1}{space}}}{space}"))
        + $"fragment {name}{links} on Query{space}{{{space}__typename{space}}}";

    private static string Doubling(int levels) =>
        "fragment F0 on Query { __typename } "
        + string.Concat(Enumerable.Range(1, levels).Select(level => $"fragment F{level} on Query {{ ...F{level - 1} ...F{level - 1} }} "));

    private static long RetainedBytes()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static async Task<TimeSpan> CpuWhileIdleAsync()
    {
        using var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        await Task.Delay(IdleWindow);
        process.Refresh();
        return process.TotalProcessorTime - before;
    }
}

/// <summary>The API with the largest documents and the deepest fragment nesting its limits can be raised to.</summary>
public sealed class LargestDocumentsApiFactory : SeededApiFactory
{
    public const int MaxQueryLength = 1_048_576;
    public const int MaxFragmentNesting = 500;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("KnowledgeGraph:Limits:MaxQueryLength", $"{MaxQueryLength}");
        builder.UseSetting("KnowledgeGraph:Limits:MaxRequestBodySize", $"{4 * MaxQueryLength}");
        builder.UseSetting("KnowledgeGraph:Limits:MaxFragmentNesting", $"{MaxFragmentNesting}");
        // Every limit at its highest, the time limit too: a 500-link chain takes graphql-dotnet seconds to validate and
        // run, past the default 10 s on a loaded two-core machine, and this factory is about the stack, not the clock.
        builder.UseSetting("KnowledgeGraph:Limits:ExecutionTimeout", "00:10:00");
    }
}

/// <summary>
/// graphql-dotnet's validation follows fragment chains by recursion; a chain of 2,000 overflowed the stack and ended
/// the process. With every limit at its highest, chains are refused before validation, and the deepest allowed runs.
/// </summary>
public sealed class LargestDocumentsTests(LargestDocumentsApiFactory api) : IClassFixture<LargestDocumentsApiFactory>
{
    [Theory]
    [InlineData(2_000)]
    [InlineData(26_000)]
    public async Task A_fragment_chain_deeper_than_the_nesting_limit_is_refused_not_a_crash(int links)
    {
        var query = "{ ...F0 } " + HostileRequestTests.Chain(links, "F", " ");
        Assert.True(query.Length <= LargestDocumentsApiFactory.MaxQueryLength, $"{query.Length} characters");

        var (status, body) = await api.PostAsync(new { query });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["MAX_FRAGMENT_NESTING_EXCEEDED"], body.ErrorCodes());
    }

    [Fact]
    public async Task A_fragment_chain_as_deep_as_the_highest_nesting_limit_runs()
    {
        // The operation's spread and those of F0 … F498 are 500 links.
        var data = await api.DataAsync("{ ...F0 } " + HostileRequestTests.Chain(LargestDocumentsApiFactory.MaxFragmentNesting - 1, "F", " "));

        Assert.Equal("Query", data["__typename"]!.GetValue<string>());
    }
}
