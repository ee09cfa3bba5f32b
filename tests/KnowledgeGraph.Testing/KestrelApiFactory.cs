using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Testing;

/// <summary>
/// The real API on Kestrel at a free loopback port, for clients that need a socket (Chromium, Node scripts), which
/// the in-memory test server has not.
/// </summary>
public class KestrelApiFactory : SeededApiFactory
{
    /// <summary>Asks for Kestrel on 127.0.0.1 with a port the operating system picks.</summary>
    public KestrelApiFactory() => UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));

    /// <summary>Starts the server when needed and returns the address it listens on.</summary>
    public Uri StartAndGetAddress()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        return new Uri(addresses.Addresses.Single());
    }
}
