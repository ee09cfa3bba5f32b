using KnowledgeGraph.Testing;
using Microsoft.AspNetCore.Hosting;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// The API in process on <see cref="Copies"/> times the seeds (<see cref="ScaledCorpus"/>), loaded from a temporary
/// folder as production loads its documents; disposing it stops the API and deletes the folder.
/// </summary>
internal sealed class ScaledApi : IDisposable
{
    private readonly string _folder;
    private readonly Factory _factory;

    public ScaledApi(int copies)
    {
        Copies = copies;
        _folder = Directory.CreateTempSubdirectory("kg-corpus-").FullName;
        ScaledCorpus.Write(copies, _folder);
        _factory = new Factory(_folder);
        Client = _factory.CreateClient();
    }

    /// <summary>How many copies of the seeds the API holds.</summary>
    public int Copies { get; }

    /// <summary>A client of the API, ready: the corpus is loaded.</summary>
    public HttpClient Client { get; }

    /// <summary>The API's services.</summary>
    public IServiceProvider Services => _factory.Services;

    public void Dispose()
    {
        Client.Dispose();
        _factory.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    // The seeded API, loading its corpus from the generated folder instead of the seeds.
    private sealed class Factory(string documentsPath) : SeededApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("KnowledgeGraph:DocumentsPath", documentsPath);
        }
    }
}
