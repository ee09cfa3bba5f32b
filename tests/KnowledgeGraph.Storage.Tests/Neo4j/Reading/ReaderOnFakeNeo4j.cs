using System.Text.Json.Nodes;
using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Storage.Tests.Neo4j.Fake;

namespace KnowledgeGraph.Storage.Tests.Neo4j.Reading;

/// <summary>The Neo4j store's reader on the fake Query API, with helpers to script a statement's rows and read what was sent.</summary>
public abstract class ReaderOnFakeNeo4j : RunnerOnFakeNeo4j
{
    private protected Neo4jGraphReader Reader => new(Services.Runner());

    /// <summary>The fake answers <paramref name="statement"/>'s text with these rows.</summary>
    private protected void Answer(CypherStatement statement, string[] fields, params object?[][] rows) =>
        Neo4j.Script(statement.Text, FakeReply.Rows(fields, TypedJson.Rows(rows)));

    /// <summary>
    /// The fake answers the requests for <paramref name="statement"/>'s text (whatever its parameter values) with one row
    /// each, in turn, the last one repeating.
    /// </summary>
    private protected void AnswerInTurn(CypherStatement statement, string[] fields, params object?[][] rows) =>
        Neo4j.Script(statement.Text, [.. rows.Select(row => FakeReply.Rows(fields, TypedJson.Rows(row)))]);

    /// <summary>The statements the reader sent, in order.</summary>
    private protected IReadOnlyList<RecordedRequest> Sent => Neo4j.Requests;

    /// <summary>A parameter of a request as the plain JSON value inside its typed wrapper.</summary>
    private protected static JsonNode? Parameter(RecordedRequest request, string name) => request.Body!["parameters"]![name]!["_value"];
}
