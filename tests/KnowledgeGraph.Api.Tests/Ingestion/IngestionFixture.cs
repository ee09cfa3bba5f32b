namespace KnowledgeGraph.Api.Tests.Ingestion;

/// <summary>One API with its own data directory for the tests of a class.</summary>
public sealed class IngestionFixture : IDisposable
{
    public IngestionFixture() => Api = new IngestionApiFactory(DataDirectory.Path);

    public TemporaryDataDirectory DataDirectory { get; } = new();

    public IngestionApiFactory Api { get; }

    public void Dispose()
    {
        Api.Dispose();
        DataDirectory.Dispose();
    }
}
