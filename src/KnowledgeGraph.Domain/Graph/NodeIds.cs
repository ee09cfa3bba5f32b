namespace KnowledgeGraph.Domain.Graph;

/// <summary>
/// Deterministic ids from canonical content, so that extracting the same text twice yields the same ids and
/// re-ingesting never duplicates (DESIGN.md, "Graph model").
/// </summary>
public static class NodeIds
{
    /// <summary><c>document:&lt;file name without extension&gt;</c>.</summary>
    public static string Document(string fileName) => $"document:{Path.GetFileNameWithoutExtension(fileName)}";

    /// <summary><c>plan:&lt;document key&gt;/&lt;plan title&gt;</c>.</summary>
    public static string Plan(string documentId, string title) => $"plan:{KeyOf(documentId)}/{title}";

    /// <summary><c>measure:&lt;document key&gt;/&lt;plan title&gt;/&lt;measure key&gt;</c>.</summary>
    /// <param name="planId">The plan's id.</param>
    /// <param name="measureKey">The measure's number, qualified by its heading where a plan restarts numbering.</param>
    public static string Measure(string planId, string measureKey) => $"measure:{KeyOf(planId)}/{measureKey}";

    /// <summary><c>unit:&lt;canonical name&gt;</c>.</summary>
    public static string Unit(string canonicalName) => Entity(NodeLabels.Unit, canonicalName);

    /// <summary>
    /// <c>&lt;label in camel case&gt;:&lt;key&gt;</c> for an entity (<c>region:凉山彝族自治州</c>,
    /// <c>teacherStudio:…</c>): the key is the canonical name, or a position in the document for things whose name
    /// is not unique (an amount of money, a target, an article).
    /// </summary>
    public static string Entity(string label, string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(label);
        return $"{char.ToLowerInvariant(label[0])}{label[1..]}:{key}";
    }

    /// <summary><c>&lt;start&gt;-&lt;TYPE&gt;-&gt;&lt;end&gt;</c>: one relationship of a type between two nodes.</summary>
    public static string Relationship(string startId, string type, string endId) => $"{startId}-{type}->{endId}";

    /// <summary>The part of an id after its kind prefix.</summary>
    public static string KeyOf(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return id[(id.IndexOf(':', StringComparison.Ordinal) + 1)..];
    }
}
