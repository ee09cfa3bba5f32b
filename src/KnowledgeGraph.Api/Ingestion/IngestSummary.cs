using KnowledgeGraph.Storage.Changes;
using Spectre.Console;

namespace KnowledgeGraph.Api.Ingestion;

/// <summary>The summary the <c>ingest</c> command prints at the end of a run.</summary>
internal static class IngestSummary
{
    public static void Write(IAnsiConsole console, IReadOnlyList<(FileInfo File, IngestionResult Result)> outcomes, string dataDirectory)
    {
        var ingested = outcomes.Where(outcome => outcome.Result.Succeeded).Select(outcome => outcome.Result.Changes).ToList();
        var failed = outcomes.Count - ingested.Count;
        var added = ingested.Count(changes => changes.IsNewDocument);
        var unchanged = ingested.Count(changes => changes.IsUnchanged);
        console.MarkupLineInterpolated(
            $"Documents: [bold]{ingested.Count}[/] ingested ({added} new, {ingested.Count - added - unchanged} revised, {unchanged} unchanged), [bold]{failed}[/] failed.");

        var total = ingested.Aggregate(GraphChanges.None, (sum, changes) => sum + changes);
        var table = new Table().AddColumns("", "added", "updated", "unchanged", "removed");
        AddRow(table, "nodes", total.Nodes);
        AddRow(table, "relationships", total.Relationships);
        console.Write(table);

        foreach (var (file, result) in outcomes)
        {
            foreach (var error in result.Errors)
            {
                console.MarkupLineInterpolated($"[red]error[/] {file.FullName}: {error.Code}: {error.Message}");
            }

            foreach (var warning in result.Warnings)
            {
                console.MarkupLineInterpolated($"[yellow]warning[/] {file.FullName}: {warning.Code}: {warning.Message}");
            }
        }

        console.MarkupLineInterpolated(
            $"Kept in {dataDirectory}: the service loads these documents when it starts (restart a running service to serve them).");
    }

    private static void AddRow(Table table, string kind, ChangeCounts counts) =>
        table.AddRow(kind, $"{counts.Added}", $"{counts.Updated}", $"{counts.Unchanged}", $"{counts.Removed}");
}
