using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KnowledgeGraph.Api.Tests.Infrastructure;

/// <summary>Posts GraphQL operations to the in-process API and hands back the parsed response.</summary>
internal static class GraphQLClient
{
    public static async Task<JsonObject> QueryAsync(this WebApplicationFactory<Program> api, string query, object? variables = null)
    {
        using var client = api.CreateClient();
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        return body;
    }

    /// <summary>The <c>data</c> of a response that must not carry errors.</summary>
    public static async Task<JsonNode> DataAsync(this WebApplicationFactory<Program> api, string query, object? variables = null)
    {
        var body = await api.QueryAsync(query, variables);
        Assert.False(body.ContainsKey("errors"), $"Unexpected errors: {body["errors"]?.ToJsonString()}");
        return body["data"]!;
    }

    /// <summary>
    /// Posts any JSON body, accepting <c>application/graphql-response+json</c> unless told otherwise, and hands back
    /// the status and the parsed body.
    /// </summary>
    public static async Task<(HttpStatusCode Status, JsonObject Body)> PostAsync(
        this WebApplicationFactory<Program> api, object body, string accept = "application/graphql-response+json")
    {
        using var client = api.CreateClient();
        client.DefaultRequestHeaders.Accept.ParseAdd(accept);
        using var response = await client.PostAsJsonAsync("/graphql", body);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    /// <summary>The <c>extensions.code</c> of each error of a response.</summary>
    public static IEnumerable<string?> ErrorCodes(this JsonObject body) =>
        body["errors"]!.AsArray().Select(error => error!["extensions"]?["code"]?.GetValue<string>());

    public static IEnumerable<T> Values<T>(this JsonNode? array, string property) =>
        array!.AsArray().Select(item => item![property]!.GetValue<T>());

    public static string Pretty(this JsonNode node) =>
        node.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
