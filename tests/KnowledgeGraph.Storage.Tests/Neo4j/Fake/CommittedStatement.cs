using System.Text.Json.Nodes;

namespace KnowledgeGraph.Storage.Tests.Neo4j.Fake;

/// <summary>A statement whose transaction committed: what the fake's "database" now holds, in commit order.</summary>
internal sealed record CommittedStatement(string Text, JsonObject? Parameters);
