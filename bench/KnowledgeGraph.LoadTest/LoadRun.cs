using System.Diagnostics;
using System.Net.Http.Headers;

namespace KnowledgeGraph.LoadTest;

/// <summary>
/// A closed-loop load: <c>connections</c> workers, each on its own connection, POST the same JSON body one after the
/// other for the duration (after a warm-up of one second that is not counted), as wrk does. A request counts as an
/// error when it fails, answers other than 200, or its body carries GraphQL <c>errors</c>.
/// </summary>
internal static class LoadRun
{
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(1);
    private static readonly byte[] ErrorsMember = "\"errors\""u8.ToArray();

    /// <summary>Loads the server; <paramref name="serverCpu"/>, when given, reads the server's CPU time used so far.</summary>
    public static async Task<LoadReport> RunAsync(Uri url, byte[] body, int connections, TimeSpan duration, Func<TimeSpan>? serverCpu = null)
    {
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections, UseCookies = false });
        await RunWorkersAsync(client, url, body, connections, WarmUp);
        var cpuBefore = serverCpu?.Invoke();
        var started = Stopwatch.GetTimestamp();
        var workers = await RunWorkersAsync(client, url, body, connections, duration);
        var elapsed = Stopwatch.GetElapsedTime(started);
        return LoadReport.From(workers, elapsed, connections, serverCpu?.Invoke() - cpuBefore);
    }

    private static Task<WorkerTally[]> RunWorkersAsync(HttpClient client, Uri url, byte[] body, int connections, TimeSpan duration)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        return Task.WhenAll(Enumerable.Range(0, connections).Select(_ => Task.Run(() => WorkAsync(client, url, body, deadline))));
    }

    private static async Task<WorkerTally> WorkAsync(HttpClient client, Uri url, byte[] body, long deadline)
    {
        var tally = new WorkerTally();
        while (Stopwatch.GetTimestamp() < deadline)
        {
            var sent = Stopwatch.GetTimestamp();
            try
            {
                using var content = new ByteArrayContent(body);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                using var response = await client.PostAsync(url, content);
                var answer = await response.Content.ReadAsByteArrayAsync();
                tally.Record(Stopwatch.GetTimestamp() - sent, answer.Length, ok: response.IsSuccessStatusCode && answer.AsSpan().IndexOf(ErrorsMember) < 0);
            }
            catch (HttpRequestException)
            {
                tally.Record(Stopwatch.GetTimestamp() - sent, 0, ok: false);
            }
        }

        return tally;
    }
}
