namespace KnowledgeGraph.Extraction.Units;

/// <summary>
/// Units named in running text (教育厅联合人力资源社会保障厅印发…, 省委教育工委, 州财政局, 眉山市教育和体育局),
/// read paragraph by paragraph with <see cref="UnitNameReader"/>. Where another recogniser already read a unit
/// (a signature, a responsibility bracket, a reporting office, a company), its reading wins and an overlapping
/// name is dropped; a collective (各镇人民政府) counts only in a plan's body. The unit resolver registers the rest. Runs after every recogniser that records unit mentions.
/// </summary>
/// <param name="reader">The name reader.</param>
public sealed class UnitRecognizer(UnitNameReader reader) : IRecognizer
{
    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Needs { get; } = [ExtractionFact.Issuers, ExtractionFact.ResponsibilityBrackets, ExtractionFact.Articles, ExtractionFact.Companies];

    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Produces { get; } = [ExtractionFact.UnitNames];

    private readonly UnitNameReader _reader = reader;

    /// <inheritdoc />
    public void Recognize(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var known = new SpanIndex<SourceSpan>(
            context.Header.Issuers
                .Concat(context.Companies)
                .Concat(context.Articles.SelectMany(article => article.Reporters))
                .Concat(context.Responsibilities.SelectMany(bracket => bracket.Units.Select(unit => unit.Mention)))
                .Select(mention => mention.Span),
            span => span);
        // A collective is a unit where a plan gives it work; addressed in a notice's salutation or attending a
        // meeting (各市（州）政府分管负责同志), it is none.
        var planParagraphs = context.Plans.SelectMany(plan => plan.Body).Select(paragraph => paragraph.Span.Start).ToHashSet();
        foreach (var paragraph in context.Text.Paragraphs)
        {
            foreach (var name in _reader.Read(paragraph.Text))
            {
                var span = new SourceSpan(paragraph.Span.Start + name.Index, name.Name.Length);
                if (!known.Overlaps(span) && (name.Form != UnitNameForm.Collective || planParagraphs.Contains(paragraph.Span.Start)))
                {
                    context.NamedUnits.Add(name with { Index = span.Start });
                }
            }
        }
    }
}
