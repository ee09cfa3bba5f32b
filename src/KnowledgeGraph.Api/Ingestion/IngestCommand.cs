using System.CommandLine;
using KnowledgeGraph.Api.Commands;
using KnowledgeGraph.Api.Corpus;
using KnowledgeGraph.Api.Ingestion.Errors;
using KnowledgeGraph.Storage;
using Spectre.Console;

namespace KnowledgeGraph.Api.Ingestion;

/// <summary>
/// <c>ingest PATH...</c>: ingests files and folders (searched recursively for <c>*.txt</c>) into the data directory,
/// which the service loads at start-up, without starting the web server. The current corpus is loaded first, so the
/// counts say what each document changes against what the service would serve. Files are ingested a tenth of the run at
/// a time (<see cref="DocumentIngestor.IngestFilesAsync"/>, one bulk write each, as start-up loads), and each tenth is
/// logged, so a long run shows its progress in the log as well as on the console.
/// </summary>
public static partial class IngestCommand
{
    /// <summary>The command's name on the command line.</summary>
    public const string Name = "ingest";

    /// <summary>The command, running against the built application's services.</summary>
    public static Command Create(IServiceProvider services)
    {
        var paths = new Argument<FileSystemInfo[]>("paths")
        {
            Description = "Files and folders to ingest; folders are searched recursively for *.txt files.",
            Arity = ArgumentArity.OneOrMore,
        };
        paths.AcceptExistingOnly();
        var command = new Command(Name, "Ingest documents into the data directory (KnowledgeGraph:DataDir), which the service loads at start-up.")
        {
            paths,
        };
        command.SetAction((parseResult, cancellationToken) =>
            RunAsync(services, parseResult.GetValue(paths)!, OneLinePerMessageConsole(), cancellationToken));
        return command;
    }

    // Redirected to a file or a pipe (CI logs, scripts), the output has no width: a message wrapped at 80 columns
    // would hide its end from grep.
    private static IAnsiConsole OneLinePerMessageConsole()
    {
        var console = AnsiConsole.Console;
        if (Console.IsOutputRedirected)
        {
            console.Profile.Width = int.MaxValue;
        }

        return console;
    }

    /// <summary>
    /// Ingests every document under <paramref name="paths"/>: <see cref="ExitCodes.Success"/> when all were ingested,
    /// <see cref="ExitCodes.SomeRefused"/> when only some, <see cref="ExitCodes.NothingDone"/> when none was found or
    /// accepted, <see cref="ExitCodes.StoreUnavailable"/> when the store does not answer (nothing is read then).
    /// </summary>
    public static async Task<int> RunAsync(
        IServiceProvider services, IReadOnlyList<FileSystemInfo> paths, IAnsiConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(console);
        // Asked once, before anything is read: a Neo4j that is down or refuses us would otherwise hold every document
        // for the store's retry budget and fail them one by one.
        if (await services.GetRequiredService<IGraphStoreProbe>().CheckAsync(cancellationToken) is { IsAvailable: false } store)
        {
            await Console.Error.WriteLineAsync($"error: {store.Description} Nothing was ingested.");
            return ExitCodes.StoreUnavailable;
        }

        // Loading verifies the data directory; what it sets aside is this run's news too, not only a log line.
        IngestSummary.WriteSetAside(console, await services.GetRequiredService<CorpusLoader>().LoadAsync(cancellationToken));
        var ingestor = services.GetRequiredService<DocumentIngestor>();
        var files = FindDocuments(paths);

        var outcomes = new List<(FileInfo File, IngestionResult Result)>();
        if (files.Count == 0)
        {
            IngestSummary.Write(console, outcomes, ingestor.DataDirectory);
            return ExitCodes.NothingDone;
        }

        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(IngestCommand));
        var firstByName = new Dictionary<string, FileInfo>(StringComparer.Ordinal);
        await console.Progress().StartAsync(async progress =>
        {
            var task = progress.AddTask("Ingesting", maxValue: files.Count);
            foreach (var step in files.Chunk(CorpusLoader.StepSize(files.Count)))
            {
                task.Description = Markup.Escape($"{step[0].Name} …");
                outcomes.AddRange(await IngestStepAsync(ingestor, step, firstByName, cancellationToken));
                task.Increment(step.Length);
                LogProgress(logger, outcomes.Count, files.Count);
            }

            task.Description = "Ingested";
        });

        IngestSummary.Write(console, outcomes, ingestor.DataDirectory);
        var ingested = outcomes.Count(outcome => outcome.Result.Succeeded);
        return ingested == 0 ? ExitCodes.NothingDone
            : ingested < outcomes.Count ? ExitCodes.SomeRefused
            : ExitCodes.Success;
    }

    // A file whose name an earlier file of the run already has is refused; the others are ingested in one bulk write.
    private static async Task<List<(FileInfo File, IngestionResult Result)>> IngestStepAsync(
        DocumentIngestor ingestor, FileInfo[] step, Dictionary<string, FileInfo> firstByName, CancellationToken cancellationToken)
    {
        var distinct = step.Where(file => firstByName.TryAdd(file.Name, file)).ToHashSet();
        var ingested = new Queue<IngestionResult>(
            await ingestor.IngestFilesAsync([.. step.Where(distinct.Contains).Select(file => file.FullName)], cancellationToken));
        return
        [
            .. step.Select(file => (file, distinct.Contains(file)
                ? ingested.Dequeue()
                : IngestionResult.Rejected(file.Name, new InvalidFileNameError(
                    file.Name, $"{firstByName[file.Name].FullName} has the same name in this run, and a document is known by its file name")))),
        ];
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Ingested {Done} of {Total} files")]
    private static partial void LogProgress(ILogger logger, int done, int total);

    // Files named on the command line are taken whatever their extension (a wrong one is reported); folders give
    // their *.txt files, in a stable order.
    private static List<FileInfo> FindDocuments(IEnumerable<FileSystemInfo> paths) =>
    [
        .. paths.SelectMany<FileSystemInfo, FileInfo>(path => path is DirectoryInfo folder
            ? folder.EnumerateFiles("*.txt", SearchOption.AllDirectories).OrderBy(file => file.FullName, StringComparer.Ordinal)
            : [new FileInfo(path.FullName)]),
    ];
}
