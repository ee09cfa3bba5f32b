using System.Security.Cryptography;
using System.Text;
using KnowledgeGraph.Api.Apis.OperationAccess;
using KnowledgeGraph.Api.Graph.Errors;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Apis.ApiKeys;

/// <summary>
/// Decides whether a request may run a mutation: only with the configured API key in <see cref="HeaderName"/>, and
/// never when no key is configured. Queries never ask.
/// </summary>
public sealed class MutationApiKeyGate(IOptions<ApiKeyOptions> options)
{
    /// <summary>The request header that carries the key.</summary>
    public const string HeaderName = "X-Api-Key";

    /// <summary>Null when <paramref name="presentedKey"/> opens mutations, otherwise why not.</summary>
    public OperationRefusal? Check(string? presentedKey)
    {
        var configuredKey = options.Value.ApiKey;
        if (string.IsNullOrEmpty(configuredKey))
        {
            return new OperationRefusal(
                StatusCodes.Status403Forbidden,
                ErrorCodes.MutationsDisabled,
                $"Mutations are disabled: the service has no API key (set KnowledgeGraph:ApiKey or {ApiKeyOptions.EnvironmentVariable}).");
        }

        if (string.IsNullOrEmpty(presentedKey))
        {
            return new OperationRefusal(StatusCodes.Status401Unauthorized, ErrorCodes.ApiKeyRequired, $"Mutations need the API key in the {HeaderName} header.");
        }

        return SameKey(configuredKey, presentedKey)
            ? null
            : new OperationRefusal(StatusCodes.Status401Unauthorized, ErrorCodes.InvalidApiKey, $"The {HeaderName} header does not hold the API key.");
    }

    // Comparing fixed-length hashes in constant time reveals neither the key's content nor its length through timing.
    private static bool SameKey(string configuredKey, string presentedKey) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(configuredKey)),
            SHA256.HashData(Encoding.UTF8.GetBytes(presentedKey)));
}
