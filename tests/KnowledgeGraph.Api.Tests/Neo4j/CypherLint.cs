using System.Text.Json;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Api.Tests.Neo4j;

/// <summary>
/// The Cypher linter of <c>tools/cypher-lint</c> (Neo4j's own parser, npm <c>@neo4j-cypher/language-support</c>),
/// installed from its lock file once per test class: <c>npm ci</c> runs again only when the lock file is newer than the
/// last install, as <c>scripts/install-browser.sh</c> does for the browser tests.
/// </summary>
public sealed class CypherLint : IAsyncLifetime
{
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(10);
    // Neo4j's semantic analysis takes about a quarter of a second per statement and version on one idle core (the
    // 331 statements, twice, took 83 s on 2026-12-07); beside the other test assemblies it takes several times that.
    private static readonly TimeSpan LintTimeout = TimeSpan.FromMinutes(10);

    private readonly string _folder = Path.Combine(RepositoryPaths.Root, "tools", "cypher-lint");

    public async Task InitializeAsync()
    {
        var installed = new FileInfo(Path.Combine(_folder, "node_modules", ".package-lock.json"));
        if (installed.Exists && installed.LastWriteTimeUtc >= File.GetLastWriteTimeUtc(Path.Combine(_folder, "package-lock.json")))
        {
            return;
        }

        var install = await ExternalProcess.RunAsync("npm", ["ci", "--no-audit", "--no-fund"], _folder, InstallTimeout);
        Assert.True(install.ExitCode == 0, $"npm ci in tools/cypher-lint failed:\n{install.Output}");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Lints the output of <c>neo4j statements</c>: one <c>{"name","statement","parameters"}</c> line each.</summary>
    public async Task<(int ExitCode, string Output)> LintAsync(string statementLines)
    {
        var input = Path.Combine(Path.GetTempPath(), $"kg-statements-{Guid.NewGuid():N}.jsonl");
        await File.WriteAllTextAsync(input, statementLines);
        try
        {
            return await ExternalProcess.RunAsync("node", ["lint-statements.mjs", input], _folder, LintTimeout);
        }
        finally
        {
            File.Delete(input);
        }
    }

    /// <summary>A statement as <c>neo4j statements</c> prints it.</summary>
    public static string Line(string name, string statement, params string[] parameters) =>
        JsonSerializer.Serialize(new { name, statement, parameters });
}
