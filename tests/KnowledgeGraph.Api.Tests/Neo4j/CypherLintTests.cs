using KnowledgeGraph.Api.Commands;
using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Api.Tests.Ingestion;
using KnowledgeGraph.Testing;
using Xunit.Abstractions;

namespace KnowledgeGraph.Api.Tests.Neo4j;

/// <summary>
/// Every statement the Neo4j store can send is accepted by Neo4j's own Cypher parser, in Cypher 5 (Neo4j 5.26) and
/// Cypher 25 (2025.x and later), with its parameters declared; and the lint is seen to refuse what Neo4j refuses.
/// </summary>
public sealed class CypherLintTests(CypherLint lint, ITestOutputHelper output) : IClassFixture<CypherLint>, IDisposable
{
    private readonly TemporaryDataDirectory _dataDirectory = new();

    public void Dispose() => _dataDirectory.Dispose();

    [Fact]
    public async Task Every_statement_printed_by_neo4j_statements_lints_without_an_error()
    {
        var statements = await ApiCommandLine.RunAsync(
            ["neo4j", "statements"], RepositoryPaths.Root, ApiCommandLine.SeededEnvironment(_dataDirectory.Path));
        Assert.Equal(ExitCodes.Success, statements.ExitCode);
        // Not an empty catalogue linted clean: the readiness probe's statement, at least, is in it.
        Assert.Contains(CypherLint.Line("CheckConnection", "RETURN 1 AS ok"), statements.StandardOutput.Split('\n'));

        var (exitCode, report) = await lint.LintAsync(statements.StandardOutput);
        output.WriteLine(report);

        Assert.True(exitCode == 0, $"Neo4j's parser refuses statements of the Neo4j store:\n{report}");
    }

    [Fact]
    public async Task The_lint_refuses_what_Neo4j_refuses_naming_the_statement_and_accepts_valid_Cypher()
    {
        string[] statements =
        [
            // A quantifier's bounds are literal integers: the checked depth must be written into the text.
            CypherLint.Line("ParameterInQuantifier", "MATCH (s:Entity {id: $startId}) MATCH p = SHORTEST 1 (s)-[]-{0,$depth}(n) RETURN n", "startId", "depth"),
            // A label from a value is :$($label), a property by name n[$property].
            CypherLint.Line("ParameterAsLabel", "MATCH (n:$label) RETURN n", "label"),
            CypherLint.Line("ParameterAsPropertyKey", "MATCH (n:Entity) RETURN n.$property", "property"),
            CypherLint.Line("UndeclaredParameter", "MATCH (n:Entity {id: $id}) RETURN n"),
            // Accepted by Cypher 25 but not by Cypher 5, so not by Neo4j 5.26.
            CypherLint.Line("DynamicLabelInWhere", "MATCH (n:Entity) WHERE n:$($label) RETURN n", "label"),
            CypherLint.Line(
                "Valid",
                "MATCH (n:$($label)) WHERE n.id IN $ids RETURN n[$property] AS value ORDER BY value IS NULL, value DESC SKIP $skip LIMIT $limit",
                "label", "ids", "property", "skip", "limit"),
            CypherLint.Line("ValidAnyType", "UNWIND $ids AS id MATCH (a:Entity {id: id})-[r:$any($types)]->(b) RETURN r ORDER BY r.id", "ids", "types"),
        ];

        var (exitCode, report) = await lint.LintAsync(string.Join('\n', statements));
        output.WriteLine(report);

        Assert.Equal(1, exitCode);
        Assert.Contains("ParameterInQuantifier (CYPHER 5): Invalid input '$': expected '}' or an integer value", report, StringComparison.Ordinal);
        Assert.Contains("ParameterInQuantifier (CYPHER 25): Invalid input '$'", report, StringComparison.Ordinal);
        Assert.Contains("ParameterAsLabel (CYPHER 5): Invalid input 'label'", report, StringComparison.Ordinal);
        Assert.Contains("ParameterAsPropertyKey (CYPHER 5): Invalid input '$': expected an identifier", report, StringComparison.Ordinal);
        Assert.Contains("UndeclaredParameter (CYPHER 5): Parameter $id is not defined.", report, StringComparison.Ordinal);
        Assert.Contains("DynamicLabelInWhere (CYPHER 5): Dynamic Label and Types are only allowed in", report, StringComparison.Ordinal);
        Assert.DoesNotContain("DynamicLabelInWhere (CYPHER 25)", report, StringComparison.Ordinal);
        Assert.DoesNotContain("Valid (", report, StringComparison.Ordinal);
        Assert.DoesNotContain("ValidAnyType (", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_statement_at_all_is_a_failure_not_a_clean_lint()
    {
        var (exitCode, report) = await lint.LintAsync("");

        Assert.Equal(2, exitCode);
        Assert.Contains("no statement to lint", report, StringComparison.Ordinal);
    }
}
