using System.Text.Json.Nodes;

namespace KnowledgeGraph.Testing.Neo4j;

/// <summary>A statement whose transaction committed: what the fake's "database" now holds, in commit order.</summary>
public sealed record CommittedStatement(string Text, JsonObject? Parameters);
