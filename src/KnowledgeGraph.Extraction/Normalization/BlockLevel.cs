namespace KnowledgeGraph.Extraction.Normalization;

/// <summary>
/// The numbering levels of a Chinese official document, outermost first; a level may be skipped (1. directly under
/// 一、), never reordered.
/// </summary>
public enum BlockLevel
{
    /// <summary>一、目标任务: a Chinese numeral and 、.</summary>
    Chapter = 1,

    /// <summary>（一）大力实施… / (一): a Chinese numeral in parentheses.</summary>
    Section = 2,

    /// <summary>1. / 1． / 1、: an Arabic number and a separator.</summary>
    Item = 3,

    /// <summary>（1） / (1): an Arabic number in parentheses.</summary>
    SubItem = 4,

    /// <summary>① to ⑳: a circled number.</summary>
    Circled = 5,
}
