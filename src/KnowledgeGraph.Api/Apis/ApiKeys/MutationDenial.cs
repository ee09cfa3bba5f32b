namespace KnowledgeGraph.Api.Apis.ApiKeys;

/// <summary>Why a mutation is refused before it runs, and the HTTP status that says so.</summary>
/// <param name="StatusCode">401 for a missing or wrong key, 403 when mutations are disabled.</param>
/// <param name="Code">The error's <c>extensions.code</c>.</param>
/// <param name="Message">What to do about it.</param>
public sealed record MutationDenial(int StatusCode, string Code, string Message);
