using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KnowledgeGraph.Api.Tests.Pages;

/// <summary>Fetches a unit page and parses it as a browser would, for tests that read what a reader sees.</summary>
internal static class UnitPageReader
{
    public static string UrlOf(string name) => $"/units/{Uri.EscapeDataString(name)}";

    public static async Task<(HttpResponseMessage Response, IDocument Page)> GetPageAsync(this WebApplicationFactory<Program> api, string path, bool followRedirects = true)
    {
        using var client = api.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = followRedirects });
        var response = await client.GetAsync(path);
        var page = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        return (response, page);
    }

    /// <summary>The measures listed under one role (<c>lead</c> or <c>co</c>): id, title, and the units named as leading and sharing.</summary>
    public static List<ListedMeasure> Measures(this IDocument page, string role) =>
        page.QuerySelectorAll($"section.role-{role} li.measure")
            .Select(item => new ListedMeasure(
                item.GetAttribute("data-measure-id")!,
                item.QuerySelector(".measure-title")!.TextContent,
                UnitsAfter(item, "牵头单位"),
                UnitsAfter(item, "配合单位"),
                item.QuerySelector("blockquote.evidence")?.TextContent))
            .ToList();

    private static List<string> UnitsAfter(IElement item, string label) =>
        item.QuerySelectorAll("p.units")
            .Where(line => line.TextContent.StartsWith(label, StringComparison.Ordinal))
            .SelectMany(line => line.QuerySelectorAll("a").Select(link => link.TextContent))
            .ToList();
}

internal sealed record ListedMeasure(string Id, string Title, List<string> LeadUnits, List<string> CoUnits, string? Quote);
