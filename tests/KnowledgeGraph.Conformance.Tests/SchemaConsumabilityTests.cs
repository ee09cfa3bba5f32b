using KnowledgeGraph.Testing;
using Xunit.Abstractions;

namespace KnowledgeGraph.Conformance.Tests;

/// <summary>A frontend team can build the checked-in SDL with graphql-js and generate type-checked TypeScript from it.</summary>
public sealed class SchemaConsumabilityTests(ITestOutputHelper output)
{
    [Fact]
    public async Task The_checked_in_schema_builds_with_graphql_js_and_generates_type_checked_TypeScript()
    {
        var run = await ExternalProcess.RunAsync(
            "node", ["check-schema.mjs", RepositoryPaths.CheckedInSchema], ConformanceTools.Directory, TimeSpan.FromMinutes(2));
        output.WriteLine(run.Output);

        Assert.True(run.ExitCode == 0, $"check-schema.mjs failed:\n{run.Output}");
        Assert.Contains("graphql-js built the schema", run.Output, StringComparison.Ordinal);
        Assert.Contains("tsc --noEmit --strict: no errors", run.Output, StringComparison.Ordinal);
    }
}
