using System.Text.Json.Nodes;

namespace KnowledgeGraph.Testing.Neo4j;

/// <summary>A request <see cref="FakeQueryApi"/> received, with what the protocol cares about.</summary>
public sealed record RecordedRequest(
    string Method,
    string Path,
    string? Authorization,
    string? Accept,
    string? ContentType,
    string? ClusterAffinity,
    JsonObject? Body)
{
    public string? Statement => Body?["statement"]?.GetValue<string>();
}
