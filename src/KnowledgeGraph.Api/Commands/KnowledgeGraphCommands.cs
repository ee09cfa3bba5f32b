using System.CommandLine;
using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Api.Ingestion;
using KnowledgeGraph.Extraction;

namespace KnowledgeGraph.Api.Commands;

/// <summary>
/// The service's command line: no command (or <c>serve</c>) runs the service; <c>schema export</c> writes the SDL;
/// <c>extract FILE</c> prints what a document yields; <c>ingest PATH...</c> adds documents to the data directory.
/// Host options such as <c>--urls</c> pass through to ASP.NET Core untouched.
/// </summary>
public static class KnowledgeGraphCommands
{
    /// <summary>Runs the command the arguments name against the built application.</summary>
    public static async Task<int> RunCommandAsync(this WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        var root = new RootCommand("KnowledgeGraph: a GraphQL API over Sichuan education documents.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        root.SetAction((_, cancellationToken) => ServeAsync(app, cancellationToken));

        var serve = new Command("serve", "Run the service (the default).") { TreatUnmatchedTokensAsErrors = false };
        serve.SetAction((_, cancellationToken) => ServeAsync(app, cancellationToken));
        root.Subcommands.Add(serve);
        root.Subcommands.Add(SchemaCommand(app));
        root.Subcommands.Add(ExtractCommand());
        root.Subcommands.Add(IngestCommand.Create(app.Services));

        return await root.Parse(args).InvokeAsync();
    }

    /// <summary>
    /// Keeps the log to warnings and errors under commands that print their own report (<c>ingest</c>), so that log
    /// lines do not break into the progress bar and the summary. Called before the application is built.
    /// </summary>
    public static IHostApplicationBuilder UseCommandLogging(this IHostApplicationBuilder builder, string[] args)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(args);
        if (args.FirstOrDefault() == IngestCommand.Name)
        {
            builder.Logging.AddFilter(level => level >= LogLevel.Warning);
        }

        return builder;
    }

    private static async Task<int> ServeAsync(WebApplication app, CancellationToken cancellationToken)
    {
        await app.RunAsync(cancellationToken);
        return 0;
    }

    private static Command SchemaCommand(WebApplication app)
    {
        var output = new Option<FileInfo>("--output", "-o")
        {
            Description = "Where to write the SDL.",
            DefaultValueFactory = _ => new FileInfo(Path.Combine("schema", "schema.graphql")),
        };
        var export = new Command("export", "Write the schema's SDL (default: schema/schema.graphql).") { output };
        export.SetAction(async (parseResult, cancellationToken) =>
        {
            var file = parseResult.GetValue(output)!;
            file.Directory?.Create();
            await File.WriteAllTextAsync(file.FullName, PrintSchema(app.Services), cancellationToken);
            Console.WriteLine($"Wrote {file.FullName}");
            return 0;
        });
        return new Command("schema", "Schema tools.") { export };
    }

    private static Command ExtractCommand()
    {
        var file = new Argument<FileInfo>("file") { Description = "A document (UTF-8 text) to extract." };
        var extract = new Command("extract", "Print what a document yields (nodes and relationships) as JSON, for checking the extractor.") { file };
        extract.SetAction(parseResult =>
        {
            var context = ExtractionPipeline.Default.Run(SourceDocumentFile.Read(parseResult.GetValue(file)!.FullName));
            Console.Out.Write(ExtractionJson.Write(context));
            return 0;
        });
        return extract;
    }

    /// <summary>The schema's SDL as checked in under <c>schema/</c>, with descriptions, ending in one newline.</summary>
    public static string PrintSchema(IServiceProvider services)
    {
        var schema = services.GetRequiredService<ISchema>();
        return schema.Print().ReplaceLineEndings("\n").TrimEnd() + "\n";
    }
}
