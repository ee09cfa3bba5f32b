using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Storage.Neo4j;

namespace KnowledgeGraph.Api.Commands;

/// <summary>
/// <c>neo4j statements</c>: prints every Cypher statement the Neo4j store can send (<see cref="Neo4jStatementCatalog"/>),
/// each variant a runtime choice can produce, one JSON object a line: <c>{"name","statement","parameters":[names]}</c>.
/// What a linter (tools/cypher-lint) or a reviewer reads; it needs no Neo4j and no configuration of one.
/// </summary>
internal static class Neo4jCommand
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var statements = new Command(
            "statements",
            "Print every Cypher statement the Neo4j store can send, one JSON object a line: {\"name\", \"statement\", \"parameters\": [names]}.");
        statements.SetAction(async (_, cancellationToken) =>
        {
            foreach (var variant in Neo4jStatementCatalog.All())
            {
                var line = JsonSerializer.Serialize(new { name = variant.Name, statement = variant.Text, parameters = variant.ParameterNames }, Options);
                await Console.Out.WriteLineAsync(line.AsMemory(), cancellationToken);
            }

            return ExitCodes.Success;
        });
        return new Command("neo4j", "Neo4j store tools.") { statements };
    }
}
