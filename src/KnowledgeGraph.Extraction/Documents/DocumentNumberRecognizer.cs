using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Documents;

/// <summary>
/// The document number (发文字号): the first paragraph that is nothing but an issuer code, a year in brackets and a
/// serial number with 号, such as 凉委办发〔2022〕14号. Numbers cited inside sentences are not the document's own.
/// </summary>
public sealed partial class DocumentNumberRecognizer : IRecognizer
{
    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Needs { get; } = [];

    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Produces { get; } = [ExtractionFact.DocumentNumber];

    /// <inheritdoc />
    public void Recognize(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var paragraph in context.Text.Paragraphs)
        {
            if (NumberRegex().IsMatch(paragraph.Text))
            {
                context.Header.Number = new DocumentField(paragraph.Text, paragraph.Span);
                return;
            }
        }
    }

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{1,12}[〔\[（(【][0-9]{4}[〕\]）)】][0-9]{1,4}号$")]
    private static partial Regex NumberRegex();
}
