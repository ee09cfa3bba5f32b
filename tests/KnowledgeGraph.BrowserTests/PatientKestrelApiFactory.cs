using KnowledgeGraph.Testing;
using Microsoft.AspNetCore.Hosting;

namespace KnowledgeGraph.BrowserTests;

/// <summary>
/// The API on Kestrel with a long execution timeout. A page sends several operations at once, and on a busy test
/// machine the default ten seconds cut some of them off; what a browser test checks is the page, not the timeout.
/// </summary>
public sealed class PatientKestrelApiFactory : KestrelApiFactory
{
    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("KnowledgeGraph:Limits:ExecutionTimeout", "00:02:00");
    }
}
