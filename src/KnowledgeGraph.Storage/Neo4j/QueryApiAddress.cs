namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// Turns the configured Neo4j address into the base address of its HTTP Query API. The HTTP address is used as given.
/// A Bolt address is mapped, because <c>NEO4J_URI</c> from Neo4j's tools and Aura is one: <c>neo4j://</c> and
/// <c>bolt://</c> become <c>http://</c> on port 7474 (Neo4j's default HTTP port), the TLS forms (<c>+s</c>, <c>+ssc</c>)
/// become <c>https://</c> on the default port (how Aura serves its Query API). Only a Bolt address on a port other
/// than 7687 is refused: nothing tells which HTTP port goes with it.
/// </summary>
internal static class QueryApiAddress
{
    private const int DefaultBoltPort = 7687;
    private const int DefaultHttpPort = 7474;

    /// <summary>The Query API's base address, or an error message saying what to configure instead.</summary>
    public static bool TryResolve(string? configured, out Uri? baseAddress, out string? error)
    {
        baseAddress = null;
        error = null;
        if (string.IsNullOrWhiteSpace(configured))
        {
            error = $"No Neo4j address: set {Neo4jOptions.SectionName}:Uri (or NEO4J_URI) to its HTTP address, such as http://localhost:7474.";
            return false;
        }

        if (!System.Uri.TryCreate(configured, UriKind.Absolute, out var uri))
        {
            error = $"The Neo4j address '{configured}' is not an absolute URI; give its HTTP address, such as http://localhost:7474.";
            return false;
        }

        switch (uri.Scheme)
        {
            case "http" or "https":
                // Kept with its path (a proxy may serve Neo4j under one), ending in '/' so that request paths go under it.
                baseAddress = new UriBuilder(uri) { Path = uri.AbsolutePath.TrimEnd('/') + "/", Query = "", Fragment = "" }.Uri;
                return true;
            case "neo4j" or "bolt" or "neo4j+s" or "bolt+s" or "neo4j+ssc" or "bolt+ssc":
                return TryMapBolt(uri, out baseAddress, out error);
            default:
                error = $"The Neo4j address '{configured}' has the scheme '{uri.Scheme}'; the Query API needs http:// or https://.";
                return false;
        }
    }

    private static bool TryMapBolt(Uri bolt, out Uri? baseAddress, out string? error)
    {
        baseAddress = null;
        error = null;
        if (!bolt.IsDefaultPort && bolt.Port != -1 && bolt.Port != DefaultBoltPort)
        {
            error = $"The Neo4j address '{bolt}' is a Bolt address on port {bolt.Port}, and which HTTP port goes with it "
                + $"cannot be guessed: the Query API speaks HTTP, so set {Neo4jOptions.SectionName}:Uri to the server's "
                + "HTTP address (http://host:7474 by default).";
            return false;
        }

        var encrypted = bolt.Scheme.EndsWith("+s", StringComparison.Ordinal) || bolt.Scheme.EndsWith("+ssc", StringComparison.Ordinal);
        baseAddress = encrypted
            ? new UriBuilder("https", bolt.Host).Uri
            : new UriBuilder("http", bolt.Host, DefaultHttpPort).Uri;
        return true;
    }
}
