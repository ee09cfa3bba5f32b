using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using GraphQL.PersistedDocuments;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.PersistedOperations;

/// <summary>
/// The operations of <see cref="PersistedOperationsOptions.Path"/>, read once at start-up and named by the SHA-256 of
/// each file's UTF-8 bytes: a file's id is <c>sha256:&lt;64 lowercase hex digits&gt;</c> (what <c>sha256sum</c>
/// prints), so an id names one exact text and a changed file is a new operation, never a silent change to an old one.
/// </summary>
public sealed class PersistedOperationRegistry : IPersistedDocumentLoader
{
    /// <summary>The id prefix of the only hash this registry uses.</summary>
    public const string Sha256Prefix = "sha256";

    private readonly FrozenDictionary<string, string> _operationsByHash;

    /// <summary>Reads every <c>*.graphql</c> file of the configured folder.</summary>
    public PersistedOperationRegistry(IOptions<PersistedOperationsOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var folder = System.IO.Path.GetFullPath(options.Value.Path);
        _operationsByHash = Directory.EnumerateFiles(folder, "*.graphql")
            .Select(File.ReadAllBytes)
            .ToFrozenDictionary(Hash, bytes => Encoding.UTF8.GetString(bytes));
    }

    /// <summary>The ids of all registered operations, as clients send them in <c>documentId</c>.</summary>
    public IEnumerable<string> DocumentIds => _operationsByHash.Keys.Select(hash => $"{Sha256Prefix}:{hash}");

    /// <summary>The id of an operation's text, whether or not it is registered.</summary>
    public static string DocumentId(string operation) => $"{Sha256Prefix}:{Hash(Encoding.UTF8.GetBytes(operation))}";

    /// <inheritdoc />
    public ValueTask<string?> GetQueryAsync(string? documentIdPrefix, string documentIdPayload, CancellationToken cancellationToken) =>
        ValueTask.FromResult(
            documentIdPrefix == Sha256Prefix && _operationsByHash.TryGetValue(documentIdPayload, out var operation) ? operation : null);

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
