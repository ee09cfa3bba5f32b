using System.CommandLine;
using KnowledgeGraph.Api.Ingestion;
using KnowledgeGraph.Api.Ingestion.Input;
using KnowledgeGraph.Extraction;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Commands;

/// <summary>
/// <c>extract FILE</c>: prints what a document yields as JSON on stdout, for checking the extractor. The file is read
/// and checked as <c>ingest</c> reads and checks it (<see cref="DocumentFile"/>, <see cref="DocumentTextCheck"/>), so
/// what <c>extract</c> refuses, <c>ingest</c> refuses too; problems go to stderr, one line each.
/// </summary>
internal static class ExtractCommand
{
    public static Command Create(IServiceProvider services)
    {
        var file = new Argument<FileInfo>("file") { Description = "A document: UTF-8 or GB18030 (GBK) text." };
        file.Validators.Add(result =>
        {
            var given = result.GetValueOrDefault<FileInfo>();
            if (Directory.Exists(given.FullName))
            {
                result.AddError($"'{given}' is a folder; extract reads one file (ingest takes folders).");
            }
            else if (!given.Exists)
            {
                result.AddError($"'{given}' does not exist.");
            }
        });
        var extract = new Command("extract", "Print what a document yields (paragraphs, nodes and relationships) as JSON, for checking the extractor.")
        {
            file,
        };
        extract.SetAction((parseResult, cancellationToken) => RunAsync(services, parseResult.GetValue(file)!, cancellationToken));
        return extract;
    }

    private static async Task<int> RunAsync(IServiceProvider services, FileInfo file, CancellationToken cancellationToken)
    {
        var maxBytes = services.GetRequiredService<IOptions<IngestionOptions>>().Value.MaxDocumentBytes;
        var decoded = await DocumentFile.ReadAsync(file, maxBytes, cancellationToken);
        foreach (var warning in decoded.Warnings)
        {
            await Console.Error.WriteLineAsync(DocumentProblemLines.Warning(file.ToString(), warning));
        }

        // The file name rules are not checked: they guard the data directory, which extract never writes.
        if ((decoded.Error ?? DocumentTextCheck.Check(decoded.Text!, maxBytes)) is { } error)
        {
            await Console.Error.WriteLineAsync(DocumentProblemLines.Error(file.ToString(), error));
            return ExitCodes.NothingDone;
        }

        var context = services.GetRequiredService<ExtractionPipeline>().Run(new SourceDocument(file.Name, decoded.Text!));
        await Console.Out.WriteAsync(ExtractionJson.Write(context));
        return ExitCodes.Success;
    }
}
