using KnowledgeGraph.Api.Corpus;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage.Embedded;
using KnowledgeGraph.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgeGraph.Api.Tests.Ingestion;

/// <summary>
/// Start-up writes the whole corpus to the store in one bulk write; when the store refuses it, the corpus is written a
/// tenth at a time and only a tenth the store refuses again is left out.
/// </summary>
public sealed class StartUpWriteTests : IDisposable
{
    private readonly TemporaryDataDirectory _dataDirectory = new();
    private readonly RefusingGraphStore _store = new(new EmbeddedGraphStore());
    private readonly string[] _seedIds = [.. Directory.GetFiles(RepositoryPaths.SeedDocuments, "*.txt")
        .Select(Path.GetFileName).Order(StringComparer.Ordinal).Select(name => NodeIds.Document(name!))];

    public void Dispose() => _dataDirectory.Dispose();

    [Fact]
    public async Task The_corpus_is_one_write()
    {
        await LoadAsync();

        Assert.Equal([_seedIds.Length], _store.Writes);
        Assert.Equal(_seedIds, await LoadedDocumentIdsAsync());
    }

    [Fact]
    public async Task A_refused_write_is_written_again_a_tenth_at_a_time_and_only_the_refused_tenth_is_left_out()
    {
        var refused = _seedIds[^1];
        _store.RefusedDocumentId = refused;
        var tenth = CorpusLoader.StepSize(_seedIds.Length);

        await LoadAsync();

        Assert.Equal(
            [_seedIds.Length, .. _seedIds.Chunk(tenth).Select(step => step.Length)],
            _store.Writes);
        var refusedTenth = _seedIds.Chunk(tenth).Single(step => step.Contains(refused));
        Assert.Equal(_seedIds.Except(refusedTenth), await LoadedDocumentIdsAsync());
    }

    private async Task LoadAsync()
    {
        await using var api = new IngestionApiFactory(
            _dataDirectory.Path, services: services => services.Replace(ServiceDescriptor.Singleton<Storage.IGraphStore>(_store)));
        await api.Services.GetRequiredService<CorpusReadiness>().Loaded.WaitAsync(TimeSpan.FromMinutes(2));
    }

    private async Task<IEnumerable<string>> LoadedDocumentIdsAsync() =>
        (await _store.GetNodesAsync(_seedIds)).Select(node => node.Id);
}
