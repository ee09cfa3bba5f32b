using KnowledgeGraph.Testing;
using Xunit.Abstractions;

namespace KnowledgeGraph.Conformance.Tests;

/// <summary>
/// docs/codegen.md works as written: its client-preset configuration generates types for every persisted operation
/// that compile under <c>tsc --strict</c>, with every custom scalar mapped (none <c>unknown</c> or <c>any</c>).
/// </summary>
public sealed class CodegenRecipeTests(ITestOutputHelper output)
{
    private static readonly string Recipe = Path.Combine(RepositoryPaths.Root, "docs", "codegen.md");

    [Fact]
    public async Task The_documented_codegen_recipe_types_every_persisted_operation_strictly()
    {
        var run = await ExternalProcess.RunAsync(
            "node", ["check-codegen-recipe.mjs", Recipe, RepositoryPaths.Root], ConformanceTools.Directory, TimeSpan.FromMinutes(5));
        output.WriteLine(run.Output);

        Assert.True(run.ExitCode == 0, $"check-codegen-recipe.mjs failed:\n{run.Output}");
        Assert.Contains("tsc --strict: no errors", run.Output, StringComparison.Ordinal);
        Assert.Contains("none unknown or any", run.Output, StringComparison.Ordinal);
    }
}
