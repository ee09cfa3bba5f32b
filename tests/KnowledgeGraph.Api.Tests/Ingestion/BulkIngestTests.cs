using KnowledgeGraph.Api.Ingestion;
using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Changes;
using KnowledgeGraph.Storage.Embedded;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgeGraph.Api.Tests.Ingestion;

/// <summary>
/// Files ingested together (<see cref="DocumentIngestor.IngestFilesAsync"/>, what <c>ingest</c> does a tenth of its run
/// at a time) reach the store in one bulk write; a document the store refuses is reported and put back, the others stay.
/// </summary>
public sealed class BulkIngestTests : IDisposable
{
    private readonly TemporaryDataDirectory _dataDirectory = new();
    private readonly TemporaryDataDirectory _documents = new();
    private readonly RefusingGraphStore _store = new(new EmbeddedGraphStore());

    public BulkIngestTests() => Directory.CreateDirectory(_documents.Path);

    public void Dispose()
    {
        _dataDirectory.Dispose();
        _documents.Dispose();
    }

    private IngestionApiFactory Api() =>
        new(_dataDirectory.Path, services: services => services.Replace(ServiceDescriptor.Singleton<IGraphStore>(_store)));

    private string[] WriteThreeFiles() =>
    [
        .. new[] { "a.txt", "b.txt", "c.txt" }.Select(name =>
        {
            var path = Path.Combine(_documents.Path, name);
            File.WriteAllText(path, SeedText.CopyNamed(SeedText.Liangshan, name));
            return path;
        }),
    ];

    [Fact]
    public async Task Files_ingested_together_reach_the_store_in_one_bulk_write()
    {
        using var api = Api();
        var ingestor = api.Services.GetRequiredService<DocumentIngestor>();
        _store.Writes.Clear();

        var results = await ingestor.IngestFilesAsync(WriteThreeFiles());

        Assert.All(results, result => Assert.True(result.Succeeded));
        Assert.Equal([3], _store.Writes);
        Assert.Equal(3, (await _store.GetNodesAsync([.. results.Select(result => result.Document!.Id)])).Count);
    }

    [Fact]
    public async Task A_document_the_store_refuses_is_reported_and_not_kept_while_the_others_are_ingested()
    {
        using var api = Api();
        var ingestor = api.Services.GetRequiredService<DocumentIngestor>();
        _store.RefusedDocumentId = NodeIds.Document("b.txt");

        var results = await ingestor.IngestFilesAsync(WriteThreeFiles());

        Assert.Equal([[], ["STORAGE_FAILED"], []], results.Select(result => result.Errors.Select(error => error.Code)));
        Assert.Equal(["a.txt", "a.txt.sha256", "c.txt", "c.txt.sha256"], _dataDirectory.FileNames());
        Assert.Equal(
            [NodeIds.Document("a.txt"), NodeIds.Document("c.txt")],
            (await _store.GetNodesAsync([.. new[] { "a.txt", "b.txt", "c.txt" }.Select(NodeIds.Document)])).Select(node => node.Id));
    }
}
