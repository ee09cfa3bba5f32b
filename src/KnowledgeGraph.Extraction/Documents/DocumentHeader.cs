using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Extraction.Units;

namespace KnowledgeGraph.Extraction.Documents;

/// <summary>What the head of a notice says about the document; filled by the recognisers in this folder.</summary>
public sealed class DocumentHeader
{
    /// <summary>The title, such as …关于印发《…》等8个实施方案的通知.</summary>
    public DocumentField? Title { get; set; }

    /// <summary>The document number, such as 凉委办发〔2022〕14号.</summary>
    public DocumentField? Number { get; set; }

    /// <summary>The issue date as yyyy-MM-dd.</summary>
    public DocumentField? Date { get; set; }

    /// <summary>The issuing units as signed above the date.</summary>
    public IList<UnitMention> Issuers { get; } = [];

    /// <summary>The document node: file name, and whatever of title, number and date was recognised.</summary>
    public NodeRecord ToNode(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var name = Title?.Value ?? Path.GetFileNameWithoutExtension(context.Source.FileName);
        var properties = context.NodeProperties(name, [], Title?.Span ?? default);
        properties[PropertyNames.FileName] = context.Source.FileName;
        if (Title is not null)
        {
            properties[PropertyNames.Title] = Title.Value;
        }

        if (Number is not null)
        {
            properties[PropertyNames.Number] = Number.Value;
        }

        if (Date is not null)
        {
            properties[PropertyNames.Date] = Date.Value;
        }

        return new NodeRecord(context.DocumentId, NodeLabels.Document, properties);
    }
}
