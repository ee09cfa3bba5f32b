using System.Diagnostics;
using System.Globalization;
using System.Text;
using KnowledgeGraph.Extraction;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// Extraction speed per core, as the issue states its goal (MB of UTF-8 text per second of one processor): extracts
/// every document of a folder one after the other on one thread, several rounds, and prints each round's CPU time of
/// the whole process (the garbage collector's work included). CPU time rather than the wall clock, because the machine
/// is shared and the wall clock moves with its load; the first round also pays for the JIT.
/// </summary>
internal static class ExtractionSpeed
{
    public static void Run(string folder, int rounds)
    {
        var documents = SourceDocumentFile.ReadDirectory(folder);
        var megabytes = documents.Sum(document => Encoding.UTF8.GetByteCount(document.Text)) / 1024.0 / 1024.0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{documents.Count} documents, {megabytes:F1} MB"));
        for (var round = 1; round <= rounds; round++)
        {
            var before = Process.GetCurrentProcess().TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            var relationships = documents.Sum(document => ExtractionPipeline.Default.Extract(document).Relationships.Count);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime - before;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"round {round}: {cpu.TotalSeconds:F2} s CPU, {wall.Elapsed.TotalSeconds:F2} s wall, {megabytes / cpu.TotalSeconds:F2} MB per CPU second ({relationships} relationships)"));
        }
    }
}
