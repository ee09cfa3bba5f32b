using System.Globalization;
using System.Text;

namespace KnowledgeGraph.LoadTest;

/// <summary>
/// Several servers loaded one after the other with the same request and settings (one untimed round each for the JIT,
/// then one counted round each), reported as one table with each server's throughput as a ratio of the first's: ratios
/// taken within one run hold on a shared machine where absolute numbers do not. When a server's process ids are given,
/// its CPU time per request over the counted round is reported too.
/// </summary>
internal static class LoadComparison
{
    /// <summary>A server to load: <c>name=url</c>, or <c>name=url=pid,pid…</c> to measure its processes' CPU.</summary>
    public sealed record Target(string Name, Uri Url, IReadOnlyList<int> ProcessIds)
    {
        public static Target Parse(string text) => text.Split('=', 3) switch
        {
            [var name, var url] => new Target(name, new Uri(url), []),
            [var name, var url, var processIds] => new Target(name, new Uri(url), [.. processIds.Split(',').Select(id => int.Parse(id, CultureInfo.InvariantCulture))]),
            _ => throw new FormatException($"Not name=url or name=url=pid,pid…: {text}"),
        };
    }

    public static async Task<IReadOnlyList<(Target Target, LoadReport Report)>> RunAsync(IReadOnlyList<Target> targets, byte[] body, int connections, TimeSpan duration)
    {
        // Every server is warmed before any is counted, so that the first one's background tier-1 JIT has finished
        // (on a busy machine it lagged a single warm-up round by several times the throughput).
        foreach (var target in targets)
        {
            await LoadRun.RunAsync(target.Url, body, connections, duration);
        }

        var outcomes = new List<(Target, LoadReport)>();
        foreach (var target in targets)
        {
            var serverCpu = target.ProcessIds.Count == 0 ? null : (Func<TimeSpan>)(() => ProcessCpu.Used(target.ProcessIds));
            outcomes.Add((target, await LoadRun.RunAsync(target.Url, body, connections, duration, serverCpu)));
        }

        return outcomes;
    }

    public static string Table(IReadOnlyList<(Target Target, LoadReport Report)> outcomes)
    {
        var first = outcomes[0];
        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"| server | req/s | p50 / p90 / p99 ms | errors | bytes/response | server CPU µs/request | {first.Target.Name} / server req/s | server / {first.Target.Name} CPU per request |");
        table.AppendLine("| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (target, report) in outcomes)
        {
            table.AppendLine(CultureInfo.InvariantCulture, $"| {target.Name} | {report.RequestsPerSecond:0} | {Ms(report.P50)} / {Ms(report.P90)} / {Ms(report.P99)} | {report.Errors} | {report.BytesPerResponse} | {Micro(report.CpuPerRequest)} | {first.Report.RequestsPerSecond / report.RequestsPerSecond:0.00} | {Ratio(report.CpuPerRequest, first.Report.CpuPerRequest)} |");
        }

        return table.ToString();
    }

    private static string Ms(TimeSpan latency) => latency.TotalMilliseconds.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Micro(TimeSpan? cpu) => cpu is { } value ? value.TotalMicroseconds.ToString("0", CultureInfo.InvariantCulture) : "–";

    private static string Ratio(TimeSpan? cpu, TimeSpan? firstCpu) =>
        cpu is { } value && firstCpu is { } first ? (value / first).ToString("0.00", CultureInfo.InvariantCulture) : "–";
}
