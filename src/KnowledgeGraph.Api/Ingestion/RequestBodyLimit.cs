using KnowledgeGraph.Api.Apis.ApiKeys;
using KnowledgeGraph.Api.Limits;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Ingestion;

/// <summary>
/// How large a POST body may be. Queries are small and stay within <see cref="LimitsOptions.MaxRequestBodySize"/>; a
/// request with the API key may also carry a whole document for <c>ingestDocument</c>, up to
/// <see cref="IngestionOptions.MaxDocumentBytes"/>, which JSON can grow to twice its UTF-8 size (a client may escape
/// every Chinese character as <c>\uXXXX</c>).
/// </summary>
public sealed class RequestBodyLimit(MutationApiKeyGate gate, IOptions<LimitsOptions> limits, IOptions<IngestionOptions> ingestion)
{
    /// <summary>The largest body accepted for <paramref name="request"/>, in bytes.</summary>
    public long For(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var queryLimit = limits.Value.MaxRequestBodySize;
        return gate.Check(request.Headers[MutationApiKeyGate.HeaderName]) is null
            ? queryLimit + (2 * ingestion.Value.MaxDocumentBytes)
            : queryLimit;
    }
}
