using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Microsoft.AspNetCore.Mvc.Testing;
using Sylvan.Data.Csv;

namespace KnowledgeGraph.Api.Tests.Exports;

/// <summary>Downloads exports and reads them back with readers that share no code with the writers.</summary>
internal static class ExportReader
{
    public static readonly XNamespace GraphML = "http://graphml.graphdrawing.org/xmlns";

    public static async Task<byte[]> DownloadAsync(this WebApplicationFactory<Program> api, string path)
    {
        using var client = api.CreateClient();
        using var response = await client.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadAsByteArrayAsync();
    }

    public static async Task<XDocument> GraphMLAsync(this WebApplicationFactory<Program> api, string query = "") =>
        XDocument.Parse(Encoding.UTF8.GetString(await api.DownloadAsync($"/export/graph.graphml{query}")));

    /// <summary>The rows of a CSV export, each as a column → value map; the header row names the columns.</summary>
    public static async Task<List<Dictionary<string, string>>> CsvAsync(this WebApplicationFactory<Program> api, string file, string query = "")
    {
        var bytes = await api.DownloadAsync($"/export/{file}{query}");
        using var reader = CsvDataReader.Create(new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true));
        var rows = new List<Dictionary<string, string>>();
        while (await reader.ReadAsync())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, reader.GetString));
        }

        return rows;
    }

    public static async Task<JsonObject> JsonLdAsync(this WebApplicationFactory<Program> api, string path) =>
        JsonNode.Parse(await api.DownloadAsync(path))!.AsObject();
}
