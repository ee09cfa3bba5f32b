using KnowledgeGraph.Testing;
using Xunit.Abstractions;

namespace KnowledgeGraph.Conformance.Tests;

/// <summary>
/// graphql-js's introspection query with the current spec's options (the one tools and IDEs send) is answered, and
/// what it returns is the checked-in SDL, custom scalars with their specification URLs included.
/// </summary>
public sealed class IntrospectionTests(KestrelApiFactory api, ITestOutputHelper output) : IClassFixture<KestrelApiFactory>
{
    [Fact]
    public async Task The_current_spec_introspection_query_returns_the_checked_in_schema_with_scalar_specifications()
    {
        var endpoint = new Uri(api.StartAndGetAddress(), "/graphql");

        var run = await ExternalProcess.RunAsync(
            "node", ["check-introspection.mjs", endpoint.ToString(), RepositoryPaths.CheckedInSchema], ConformanceTools.Directory, TimeSpan.FromMinutes(2));
        output.WriteLine(run.Output);

        Assert.True(run.ExitCode == 0, $"check-introspection.mjs failed:\n{run.Output}");
        Assert.Contains("scalar DateOnly @specifiedBy(url: \"https://www.rfc-editor.org/rfc/rfc3339#section-5.6\")", run.Output, StringComparison.Ordinal);
        Assert.Contains("introspection matches the checked-in SDL", run.Output, StringComparison.Ordinal);
    }
}
