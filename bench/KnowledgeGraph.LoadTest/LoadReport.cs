using System.Diagnostics;
using System.Globalization;

namespace KnowledgeGraph.LoadTest;

/// <summary>Throughput, latency percentiles and errors of one run, and the server's CPU time per request when it was measured.</summary>
internal sealed record LoadReport(int Connections, TimeSpan Elapsed, int Requests, int Errors, double RequestsPerSecond, long BytesPerResponse, TimeSpan P50, TimeSpan P90, TimeSpan P99, TimeSpan Max, TimeSpan? CpuPerRequest)
{
    public static LoadReport From(IReadOnlyCollection<WorkerTally> workers, TimeSpan elapsed, int connections, TimeSpan? serverCpu)
    {
        var latencies = workers.SelectMany(worker => worker.Latencies).Order().ToArray();
        var requests = latencies.Length;
        return new LoadReport(
            connections,
            elapsed,
            requests,
            workers.Sum(worker => worker.Errors),
            requests / elapsed.TotalSeconds,
            requests == 0 ? 0 : workers.Sum(worker => worker.ResponseBytes) / requests,
            Percentile(latencies, 0.50),
            Percentile(latencies, 0.90),
            Percentile(latencies, 0.99),
            Percentile(latencies, 1.0),
            requests == 0 ? null : serverCpu / requests);
    }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Connections} connections, {Elapsed.TotalSeconds:0.0} s: {Requests} requests, {RequestsPerSecond:0} req/s, {Errors} errors, {BytesPerResponse} bytes/response; latency p50 {Ms(P50)} ms, p90 {Ms(P90)} ms, p99 {Ms(P99)} ms, max {Ms(Max)} ms");

    // Nearest rank: the smallest latency at least that share of the requests did not exceed.
    private static TimeSpan Percentile(long[] sorted, double share) =>
        sorted.Length == 0
            ? TimeSpan.Zero
            : TimeSpan.FromSeconds(sorted[Math.Max(0, (int)Math.Ceiling(share * sorted.Length) - 1)] / (double)Stopwatch.Frequency);

    private static string Ms(TimeSpan latency) => latency.TotalMilliseconds.ToString("0.00", CultureInfo.InvariantCulture);
}
