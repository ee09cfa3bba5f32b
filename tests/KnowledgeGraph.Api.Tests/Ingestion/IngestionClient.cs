using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Api.Apis.ApiKeys;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KnowledgeGraph.Api.Tests.Ingestion;

/// <summary>Sends <c>ingestDocument</c> and reads the graph's size, for tests that must show what changed and what did not.</summary>
internal static class IngestionClient
{
    public const string IngestMutation = """
        mutation Ingest($input: IngestDocumentInput!) {
          ingestDocument(input: $input) {
            document { id fileName title number plans { title } }
            nodes { added updated unchanged removed }
            relationships { added updated unchanged removed }
            warnings { code message }
            errors {
              __typename
              ... on Error { code message }
              ... on DocumentTooLargeError { bytes maxBytes }
              ... on InvalidFileNameError { fileName reason }
              ... on BinaryContentError { offset }
              ... on DuplicateDocumentError { fileName firstFileName }
            }
          }
        }
        """;

    /// <summary>Counts of every kind of node: equal before and after means the graph did not change.</summary>
    public const string GraphSizeQuery = "{ documents { totalCount } plans { totalCount } measures { totalCount } units { totalCount } }";

    public static async Task<(HttpStatusCode Status, JsonObject Body)> PostAsync<TFactory>(
        this WebApplicationFactory<TFactory> api, string query, object? variables = null, string? apiKey = IngestionApiFactory.ApiKey, string? accept = null)
        where TFactory : class
    {
        using var client = api.CreateClient();
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add(MutationApiKeyGate.HeaderName, apiKey);
        }

        if (accept is not null)
        {
            client.DefaultRequestHeaders.Accept.ParseAdd(accept);
        }

        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    /// <summary>The <c>ingestDocument</c> payload of a request that must have run.</summary>
    public static async Task<JsonObject> IngestAsync<TFactory>(this WebApplicationFactory<TFactory> api, string fileName, string text)
        where TFactory : class
    {
        var (status, body) = await api.PostAsync(IngestMutation, new { input = new { fileName, text } });
        Assert.True(status == HttpStatusCode.OK && !body.ContainsKey("errors"), $"{status}: {body.ToJsonString()}");
        return body["data"]!["ingestDocument"]!.AsObject();
    }

    public static async Task<string> GraphSizeAsync<TFactory>(this WebApplicationFactory<TFactory> api)
        where TFactory : class
    {
        var (_, body) = await api.PostAsync(GraphSizeQuery, apiKey: null);
        return body["data"]!.ToJsonString();
    }

    /// <summary>The file names of the documents the graph holds, in order.</summary>
    public static async Task<IReadOnlyList<string>> DocumentFileNamesAsync<TFactory>(this WebApplicationFactory<TFactory> api)
        where TFactory : class
    {
        var (_, body) = await api.PostAsync("{ documents(first: 100) { nodes { fileName } } }", apiKey: null);
        var documents = body["data"]!["documents"]!["nodes"]!.AsArray();
        return [.. documents.Select(document => document!["fileName"]!.GetValue<string>()).Order(StringComparer.Ordinal)];
    }

    /// <summary>The codes of a payload's errors.</summary>
    public static IEnumerable<string> PayloadErrorCodes(this JsonObject payload) =>
        payload["errors"]!.AsArray().Select(error => error!["code"]!.GetValue<string>());

    /// <summary>A payload's node or relationship counts as a tuple.</summary>
    public static (int Added, int Updated, int Unchanged, int Removed) Counts(this JsonObject payload, string kind)
    {
        var counts = payload[kind]!;
        return (counts["added"]!.GetValue<int>(), counts["updated"]!.GetValue<int>(), counts["unchanged"]!.GetValue<int>(), counts["removed"]!.GetValue<int>());
    }
}
