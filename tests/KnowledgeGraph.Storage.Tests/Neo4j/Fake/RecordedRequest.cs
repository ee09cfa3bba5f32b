using System.Text.Json.Nodes;

namespace KnowledgeGraph.Storage.Tests.Neo4j.Fake;

/// <summary>A request <see cref="FakeQueryApi"/> received, with what the protocol cares about.</summary>
internal sealed record RecordedRequest(
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
