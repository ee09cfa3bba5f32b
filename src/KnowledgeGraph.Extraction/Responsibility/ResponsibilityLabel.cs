namespace KnowledgeGraph.Extraction.Responsibility;

/// <summary>
/// A word that, with a colon, opens a responsibility bracket or a group of units inside one (责任单位：, 牵头单位：,
/// 配合单位：), from <c>seeds/reference/responsibility-labels.csv</c>.
/// </summary>
/// <param name="Label">The word (牵头单位).</param>
/// <param name="Role">The role of every unit after it; null where the comma decides (责任单位: units before the first ， lead).</param>
/// <param name="IssuerOffices">
/// The label names the issuing department's own offices (责任处室：基础教育处、财务处): not responsible units, so the
/// group is skipped up to the next label or ；, and the label alone never opens a bracket.
/// </param>
public sealed record ResponsibilityLabel(string Label, ResponsibilityRole? Role, bool IssuerOffices = false);
