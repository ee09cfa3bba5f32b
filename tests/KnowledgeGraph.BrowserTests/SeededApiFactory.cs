using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KnowledgeGraph.BrowserTests;

/// <summary>The API in process on the repository's seed documents, found from the source tree, not the test output.</summary>
public class SeededApiFactory : WebApplicationFactory<Program>
{
    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.UseSetting("KnowledgeGraph:DocumentsPath", Path.Combine(ExternalProcess.RepositoryRoot, "seeds", "documents"));
}
