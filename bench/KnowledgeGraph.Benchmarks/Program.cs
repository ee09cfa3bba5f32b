using System.Globalization;
using BenchmarkDotNet.Running;
using KnowledgeGraph.Benchmarks;

// dotnet run -c Release --project bench/KnowledgeGraph.Benchmarks -- --filter '*'   (see bench/RESULTS.md)
// dotnet run -c Release --project bench/KnowledgeGraph.Benchmarks -- corpus 100 /tmp/corpus100   (the seeds 100 times)
// dotnet run -c Release --project bench/KnowledgeGraph.Benchmarks -- corpus 1000 /tmp/corpus1000 --kilobytes 100   (1,000 documents of ~100 KB, each several seeds)
// dotnet run -c Release --project bench/KnowledgeGraph.Benchmarks -- extraction-speed /tmp/corpus1000 3   (MB per CPU second)
// dotnet run -c Release --project bench/KnowledgeGraph.Benchmarks -- store-load /tmp/corpus1000 tenths 3   (the store's share of a start-up: CPU s and MB allocated; `once` for one bulk apply)
// dotnet run -c Release --project bench/KnowledgeGraph.Benchmarks -- allocations 3000   (the journalist query's allocations by type)
// dotnet run -c Release --project bench/KnowledgeGraph.Benchmarks -- readme-allocations 1 100 [GraphSize FundingByPayer …]   (each README query's allocations per scale, or the queries named)
if (args is ["allocations", var requests])
{
    await RequestAllocationProfile.RunAsync(int.Parse(requests, CultureInfo.InvariantCulture));
    return;
}

if (args is ["readme-allocations", .. var scalesAndQueries])
{
    var isScale = (string argument) => argument.All(char.IsAsciiDigit);
    await ReadmeQueryAllocations.RunAsync(
        [.. scalesAndQueries.Where(isScale).Select(scale => int.Parse(scale, CultureInfo.InvariantCulture))],
        [.. scalesAndQueries.Where(argument => !isScale(argument))]);
    return;
}

if (args is ["extraction-speed", var speedFolder, var rounds])
{
    ExtractionSpeed.Run(speedFolder, int.Parse(rounds, CultureInfo.InvariantCulture));
    return;
}

if (args is ["store-load", var loadFolder, var steps and ("tenths" or "once"), var loadRounds])
{
    await StoreLoadSpeed.RunAsync(loadFolder, steps == "tenths", int.Parse(loadRounds, CultureInfo.InvariantCulture));
    return;
}

if (args is ["corpus", var count, var largeFolder, "--kilobytes", var kilobytes])
{
    CompositeCorpus.Write(int.Parse(count, CultureInfo.InvariantCulture), int.Parse(kilobytes, CultureInfo.InvariantCulture), largeFolder);
    return;
}

if (args is ["corpus", var copies, var folder])
{
    ScaledCorpus.Write(int.Parse(copies, CultureInfo.InvariantCulture), folder);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(ExtractionBenchmarks).Assembly).Run(args);
