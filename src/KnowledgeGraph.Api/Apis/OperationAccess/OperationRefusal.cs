namespace KnowledgeGraph.Api.Apis.OperationAccess;

/// <summary>Why an operation is refused before it runs, and the HTTP status that says so.</summary>
/// <param name="StatusCode">401 for a missing or wrong key, 403 when mutations are disabled, 405 for a mutation over GET.</param>
/// <param name="Code">The error's <c>extensions.code</c>.</param>
/// <param name="Message">What to do about it.</param>
public sealed record OperationRefusal(int StatusCode, string Code, string Message);
