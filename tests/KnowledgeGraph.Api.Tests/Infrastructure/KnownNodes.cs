using Microsoft.AspNetCore.Mvc.Testing;

namespace KnowledgeGraph.Api.Tests.Infrastructure;

/// <summary>Looks up the opaque ids of well-known nodes through the API, as a client would.</summary>
internal static class KnownNodes
{
    public const string FinanceBureau = "凉山州财政局";

    public const string HumanResourcesBureau = "凉山州人力资源社会保障局";

    public const string EducationBureau = "凉山州教育体育局";

    public static async Task<string> UnitIdAsync(this WebApplicationFactory<Program> api, string name) =>
        (await api.DataAsync("query ($name: String!) { units(where: { name: { eq: $name } }) { nodes { id } } }", new { name }))
            ["units"]!["nodes"]![0]!["id"]!.GetValue<string>();
}
