using System.CommandLine;
using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Api.Ingestion;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Commands;

/// <summary>
/// The service's command line: no command (or <c>serve</c>) runs the service; <c>schema export</c> writes the SDL;
/// <c>extract FILE</c> prints what a document yields; <c>ingest PATH...</c> adds documents to the data directory;
/// <c>neo4j statements</c> lists the Cypher the Neo4j store can send.
/// Host options such as <c>--urls</c> pass through to ASP.NET Core untouched; any other unknown word is an error.
/// <c>docs/commands.md</c> documents it all, and a test runs every command line shown there.
/// </summary>
public static class KnowledgeGraphCommands
{
    private const string ServeCommandName = "serve";

    /// <summary>Runs the command the arguments name against the built application; returns one of <see cref="ExitCodes"/>.</summary>
    public static async Task<int> RunCommandAsync(this WebApplication app, string[] args)
    {
        var parseResult = Create(app).Parse(args);
        // On Ctrl+C or SIGTERM, System.CommandLine cancels a command and gives it as long as a host allows for a
        // graceful shutdown before it exits with 130 or 143. The service is the exception: its host stops it by itself
        // on those signals (gracefully, then exit 0), and the command line must stay out of it. Handlers of one signal
        // run one after another in no set order, and the command line's waits for the command to end: run before the
        // host's, it would hold the host's back until its deadline and end a stopping service with 143.
        var shutdownTimeout = app.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout;
        var serving = parseResult.CommandResult.Command is RootCommand || parseResult.CommandResult.Command.Name == ServeCommandName;
        var exitCode = await parseResult.InvokeAsync(new InvocationConfiguration
        {
            ProcessTerminationTimeout = serving ? null : shutdownTimeout,
            // A wrong command line gets its help on stderr with the error, so that stdout stays what the command
            // prints (extract's JSON): `extract missing.txt > out.json` leaves out.json empty, not full of help.
            Output = parseResult.Errors.Count > 0 ? Console.Error : Console.Out,
        });
        // System.CommandLine answers a parse error with 1, which ingest uses for "some documents refused".
        return parseResult.Errors.Count > 0 ? ExitCodes.UsageError : exitCode;
    }

    /// <summary>The command tree, its actions running against the built application's services.</summary>
    public static RootCommand Create(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var root = new RootCommand(
            "KnowledgeGraph: a GraphQL API over Sichuan education documents. Without a command it runs the service. "
            + "It logs the start-up summary, warnings and errors; set Logging__LogLevel__Default=Information to log every request too.")
        {
            HostArguments.Create(),
        };
        root.SetAction(_ => ServeAsync(app));

        var serve = new Command(ServeCommandName, "Run the service (the default). Host options such as --urls http://+:8080 pass through to ASP.NET Core.")
        {
            HostArguments.Create(),
        };
        serve.SetAction(_ => ServeAsync(app));
        root.Subcommands.Add(serve);
        root.Subcommands.Add(SchemaCommand(app));
        root.Subcommands.Add(ExtractCommand.Create(app.Services));
        root.Subcommands.Add(IngestCommand.Create(app.Services));
        root.Subcommands.Add(Neo4jCommand.Create());
        return root;
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
            // After the configuration's rules are read, and instead of them: a rule for a category (appsettings.json
            // has "KnowledgeGraph": "Information") would win over any rule added for all categories.
            builder.Services.PostConfigure<LoggerFilterOptions>(filters =>
            {
                filters.Rules.Clear();
                filters.MinLevel = LogLevel.Warning;
            });
        }

        return builder;
    }

    private static async Task<int> ServeAsync(WebApplication app)
    {
        // No cancellation token: the host's console lifetime is what stops the service (see RunCommandAsync).
        await app.RunAsync();
        return ExitCodes.Success;
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
            return ExitCodes.Success;
        });
        return new Command("schema", "Schema tools.") { export };
    }

    /// <summary>The schema's SDL as checked in under <c>schema/</c>, with descriptions, ending in one newline.</summary>
    public static string PrintSchema(IServiceProvider services)
    {
        var schema = services.GetRequiredService<ISchema>();
        return schema.Print().ReplaceLineEndings("\n").TrimEnd() + "\n";
    }
}
