using System.Buffers.Text;
using System.Text;

namespace KnowledgeGraph.Api.Graph.Nodes;

/// <summary>
/// Opaque, stable GraphQL ids: the node's deterministic store id, base64url-encoded. Clients must not parse them;
/// because store ids never change for the same content, neither do these.
/// </summary>
public static class GlobalId
{
    /// <summary>The opaque id of a node.</summary>
    public static string Encode(string nodeId) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(nodeId));

    /// <summary>The store id behind an opaque id, or null when the text is not one of ours.</summary>
    public static string? Decode(string globalId)
    {
        ArgumentNullException.ThrowIfNull(globalId);
        var buffer = new byte[Base64Url.GetMaxDecodedLength(globalId.Length)];
        if (Base64Url.DecodeFromChars(globalId, buffer, out var consumed, out var written) != System.Buffers.OperationStatus.Done
            || consumed != globalId.Length)
        {
            return null;
        }

        var nodeId = Encoding.UTF8.GetString(buffer, 0, written);
        return nodeId.Contains(':', StringComparison.Ordinal) ? nodeId : null;
    }
}
