namespace KnowledgeGraph.Extraction.Responsibility;

/// <summary>
/// A word that, with a colon, opens a responsibility bracket or a group of units inside one (责任单位：, 牵头单位：,
/// 配合单位：), from <c>seeds/reference/responsibility-labels.csv</c>.
/// </summary>
/// <param name="Label">The word (牵头单位).</param>
/// <param name="Role">The role of every unit after it; null where the comma decides (责任单位: units before the first ， lead).</param>
public sealed record ResponsibilityLabel(string Label, ResponsibilityRole? Role);
