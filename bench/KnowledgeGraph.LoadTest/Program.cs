using System.Globalization;
using KnowledgeGraph.LoadTest;

// dotnet run -c Release --project bench/KnowledgeGraph.LoadTest -- run <url> <request.json> [connections] [seconds]
// dotnet run -c Release --project bench/KnowledgeGraph.LoadTest -- compare <request.json> <connections> <seconds> <name>=<url>[=<pid>,<pid>...]...
// dotnet run -c Release --project bench/KnowledgeGraph.LoadTest -- constant <url> <response.json>
// (see bench/RESULTS.md, "Load test")
switch (args)
{
    case ["run", var url, var requestFile, .. var rest]:
        var connections = rest.Length > 0 ? int.Parse(rest[0], CultureInfo.InvariantCulture) : 16;
        var seconds = rest.Length > 1 ? double.Parse(rest[1], CultureInfo.InvariantCulture) : 10;
        var report = await LoadRun.RunAsync(new Uri(url), await File.ReadAllBytesAsync(requestFile), connections, TimeSpan.FromSeconds(seconds));
        Console.WriteLine(report);
        return report.Errors == 0 ? 0 : 1;
    case ["compare", var requestFile, var connectionCount, var duration, .. var targets] when targets.Length > 0:
        var reports = await LoadComparison.RunAsync(
            [.. targets.Select(LoadComparison.Target.Parse)],
            await File.ReadAllBytesAsync(requestFile),
            int.Parse(connectionCount, CultureInfo.InvariantCulture),
            TimeSpan.FromSeconds(double.Parse(duration, CultureInfo.InvariantCulture)));
        Console.Write(LoadComparison.Table(reports));
        return reports.All(outcome => outcome.Report.Errors == 0) ? 0 : 1;
    case ["constant", var url, var responseFile]:
        await ConstantResponseServer.RunAsync(url, await File.ReadAllBytesAsync(responseFile));
        return 0;
    default:
        Console.Error.WriteLine("usage: run <url> <request.json> [connections=16] [seconds=10] | compare <request.json> <connections> <seconds> <name>=<url>[=<pid>,<pid>...]... | constant <url> <response.json>");
        return 2;
}
