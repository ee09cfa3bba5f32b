namespace KnowledgeGraph.LoadTest;

/// <summary>What one worker saw: each request's latency in stopwatch ticks, the bytes it read and its errors.</summary>
internal sealed class WorkerTally
{
    public List<long> Latencies { get; } = [];

    public long ResponseBytes { get; private set; }

    public int Errors { get; private set; }

    public void Record(long latencyTicks, int responseBytes, bool ok)
    {
        Latencies.Add(latencyTicks);
        ResponseBytes += responseBytes;
        Errors += ok ? 0 : 1;
    }
}
