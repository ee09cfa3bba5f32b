using System.Globalization;
using System.Text;

namespace KnowledgeGraph.LoadTest;

/// <summary>
/// Several servers loaded one after the other with the same request and settings (each one untimed round for the JIT,
/// then one counted round), reported as one table with each server's throughput as a ratio of the first's: ratios
/// taken within one run hold on a shared machine where absolute numbers do not.
/// </summary>
internal static class LoadComparison
{
    public static async Task<IReadOnlyList<(string Name, LoadReport Report)>> RunAsync(IReadOnlyList<(string Name, Uri Url)> targets, byte[] body, int connections, TimeSpan duration)
    {
        var reports = new List<(string, LoadReport)>();
        foreach (var (name, url) in targets)
        {
            await LoadRun.RunAsync(url, body, connections, duration);
            reports.Add((name, await LoadRun.RunAsync(url, body, connections, duration)));
        }

        return reports;
    }

    public static string Table(IReadOnlyList<(string Name, LoadReport Report)> reports)
    {
        var first = reports[0];
        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"| server | req/s | p50 / p90 / p99 ms | errors | bytes/response | {first.Name} / server |");
        table.AppendLine("| --- | ---: | --- | ---: | ---: | ---: |");
        foreach (var (name, report) in reports)
        {
            table.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {report.RequestsPerSecond:0} | {Ms(report.P50)} / {Ms(report.P90)} / {Ms(report.P99)} | {report.Errors} | {report.BytesPerResponse} | {first.Report.RequestsPerSecond / report.RequestsPerSecond:0.00} |");
        }

        return table.ToString();
    }

    private static string Ms(TimeSpan latency) => latency.TotalMilliseconds.ToString("0.00", CultureInfo.InvariantCulture);
}
