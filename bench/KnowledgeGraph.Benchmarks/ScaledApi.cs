using KnowledgeGraph.Api.Corpus;
using KnowledgeGraph.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// The API in process on <see cref="Copies"/> times the seeds (<see cref="ScaledCorpus"/>), loaded from a temporary
/// folder as production loads its documents; disposing it stops the API and deletes the folder.
/// </summary>
internal sealed class ScaledApi : IDisposable
{
    // Hundreds of documents on a machine shared with other builds take longer than the minute tests allow the seeds.
    private static readonly TimeSpan ReadinessTimeout = TimeSpan.FromMinutes(15);

    private readonly string _folder;
    private readonly Factory _factory;

    public ScaledApi(int copies)
    {
        Copies = copies;
        _folder = Directory.CreateTempSubdirectory("kg-corpus-").FullName;
        ScaledCorpus.Write(copies, _folder);
        _factory = new Factory(_folder);
        Client = _factory.CreateClient();
        if (!Services.GetRequiredService<CorpusReadiness>().Loaded.Wait(ReadinessTimeout))
        {
            throw new TimeoutException($"The API did not load {copies} copies of the seeds within {ReadinessTimeout}.");
        }
    }

    /// <summary>How many copies of the seeds the API holds.</summary>
    public int Copies { get; }

    /// <summary>A client of the API, whose corpus is loaded.</summary>
    public HttpClient Client { get; }

    /// <summary>The API's services.</summary>
    public IServiceProvider Services => _factory.Services;

    public void Dispose()
    {
        Client.Dispose();
        _factory.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    // The seeded API, loading its corpus from the generated folder instead of the seeds, waited for by the constructor.
    private sealed class Factory(string documentsPath) : SeededApiFactory
    {
        protected override bool WaitsForReadiness => false;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("KnowledgeGraph:DocumentsPath", documentsPath);
        }
    }
}
