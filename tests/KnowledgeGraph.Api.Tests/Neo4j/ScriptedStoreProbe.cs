using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Tests.Neo4j;

/// <summary>A store probe that gives the answers a test scripted, in order, the last one repeating.</summary>
internal sealed class ScriptedStoreProbe(params StoreStatus[] answers) : IGraphStoreProbe
{
    private readonly Queue<StoreStatus> _answers = new(answers);

    public Task<StoreStatus> CheckAsync(CancellationToken cancellationToken = default)
    {
        lock (_answers)
        {
            return Task.FromResult(_answers.Count > 1 ? _answers.Dequeue() : _answers.Peek());
        }
    }
}
