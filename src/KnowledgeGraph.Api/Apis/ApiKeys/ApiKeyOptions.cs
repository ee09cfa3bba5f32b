namespace KnowledgeGraph.Api.Apis.ApiKeys;

/// <summary>The key that mutations require (configuration <c>KnowledgeGraph:ApiKey</c>, or the variable <c>KG_API_KEY</c>).</summary>
public sealed class ApiKeyOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "KnowledgeGraph";

    /// <summary>The environment variable read when the section gives no key.</summary>
    public const string EnvironmentVariable = "KG_API_KEY";

    /// <summary>The key clients send in <c>X-Api-Key</c>; without one, mutations are disabled.</summary>
    public string? ApiKey { get; set; }
}
