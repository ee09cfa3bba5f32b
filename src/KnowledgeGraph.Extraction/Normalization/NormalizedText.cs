namespace KnowledgeGraph.Extraction.Normalization;

/// <summary>
/// A document's normalised text: its paragraphs joined by a single <c>\n</c>. Offsets of evidence are offsets into
/// <see cref="Text"/>.
/// </summary>
public sealed class NormalizedText
{
    // Read once, by the first recogniser that asks whether a name is written anywhere.
    private readonly Lazy<string> _textWithoutWhitespace;

    // Each answer costs a scan of the whole text, and a name is asked about at each of its mentions.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _written = new(StringComparer.Ordinal);

    /// <summary>Builds the normalised text from paragraph texts, in order.</summary>
    public NormalizedText(IEnumerable<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var list = new List<Paragraph>();
        var offset = 0;
        foreach (var text in paragraphs)
        {
            list.Add(new Paragraph(list.Count, new SourceSpan(offset, text.Length), text));
            offset += text.Length + 1;
        }

        Paragraphs = list;
        Text = string.Join('\n', list.Select(p => p.Text));
        _textWithoutWhitespace = new(() => ChineseText.RemoveWhitespace(Text));
    }

    /// <summary>The whole normalised text.</summary>
    public string Text { get; }

    /// <summary>The paragraphs, in document order.</summary>
    public IReadOnlyList<Paragraph> Paragraphs { get; }

    /// <summary>
    /// Whether <paramref name="name"/> is written anywhere in the text, whitespace ignored (PDF layout puts spaces and
    /// line breaks inside names): how a recogniser checks that a document names the full form of an abbreviation.
    /// </summary>
    public bool Writes(string name) =>
        _written.GetOrAdd(name, static (written, text) => text.Value.Contains(written, StringComparison.Ordinal), _textWithoutWhitespace);

    /// <summary>The text of <paramref name="span"/>.</summary>
    public string Slice(SourceSpan span) => Text.Substring(span.Start, span.Length);
}
