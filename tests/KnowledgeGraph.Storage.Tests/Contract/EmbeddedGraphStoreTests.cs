using KnowledgeGraph.Storage.Embedded;

namespace KnowledgeGraph.Storage.Tests.Contract;

public sealed class EmbeddedGraphStoreTests : GraphStoreContractTests
{
    protected override IGraphStore CreateStore() => new EmbeddedGraphStore();
}
