using System.Net;
using System.Net.Sockets;

namespace KnowledgeGraph.Testing;

/// <summary>Ports on 127.0.0.1 for tests that need a server address before the server exists, or one nothing answers.</summary>
public static class LoopbackPorts
{
    /// <summary>
    /// A port the operating system just gave out and took back: nothing listens there until a test starts something on
    /// it, and parallel tests each get their own.
    /// </summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
