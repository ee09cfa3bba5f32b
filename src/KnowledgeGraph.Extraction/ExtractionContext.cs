using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Extraction.Articles;
using KnowledgeGraph.Extraction.Documents;
using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Funding;
using KnowledgeGraph.Extraction.Measures;
using KnowledgeGraph.Extraction.Normalization;
using KnowledgeGraph.Extraction.People;
using KnowledgeGraph.Extraction.Plans;
using KnowledgeGraph.Extraction.Programs;
using KnowledgeGraph.Extraction.Regions;
using KnowledgeGraph.Extraction.Responsibility;
using KnowledgeGraph.Extraction.Schools;
using KnowledgeGraph.Extraction.Targets;
using KnowledgeGraph.Extraction.TeacherStudios;
using KnowledgeGraph.Extraction.Units;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// Everything known about one document while it is being extracted (Markdig's processor state): the normalised
/// text, the entities recognised so far and the relationships found between them. One context per
/// <see cref="ExtractionPipeline.Extract"/> call; recognisers read and extend it in order.
/// </summary>
public sealed class ExtractionContext
{
    /// <summary>Evidence snippets are the first this-many characters of their span.</summary>
    public const int MaxSnippetLength = 60;

    private readonly List<RelationshipRecord> _relationships = [];
    private readonly HashSet<string> _relationshipIds = new(StringComparer.Ordinal);

    /// <summary>Creates the context for <paramref name="source"/> with its normalised <paramref name="text"/>.</summary>
    public ExtractionContext(SourceDocument source, NormalizedText text)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(text);
        Source = source;
        Text = text;
        DocumentId = NodeIds.Document(source.FileName);
    }

    /// <summary>The document as it entered extraction.</summary>
    public SourceDocument Source { get; }

    /// <summary>Id of the document node.</summary>
    public string DocumentId { get; }

    /// <summary>The normalised text all spans refer to.</summary>
    public NormalizedText Text { get; }

    /// <summary>What the document's head says about it: title, number, date, issuers.</summary>
    public DocumentHeader Header { get; } = new();

    /// <summary>The region the document was issued in, read from its issuers; null until recognised.</summary>
    public IssuingRegion? Region { get; set; }

    /// <summary>Plans (实施方案, 行动计划, 工作要点 …) in document order.</summary>
    public IList<PlanEntity> Plans { get; } = [];

    /// <summary>Measures (the numbered blocks that carry a responsibility) in document order.</summary>
    public IList<MeasureEntity> Measures { get; } = [];

    /// <summary>Responsibility brackets (〔责任单位：…〕), one per measure that has one.</summary>
    public IList<ResponsibilityBracket> Responsibilities { get; } = [];

    /// <summary>Articles (bulletin items, news stories, report sections), in document order once resolved.</summary>
    public IList<ArticleEntity> Articles { get; } = [];

    /// <summary>Schools as written, with the place their names start with.</summary>
    public IList<SchoolMention> Schools { get; } = [];

    /// <summary>Programs as written, in the order recognised.</summary>
    public IList<ProgramMention> Programs { get; } = [];

    /// <summary>Amounts of money as read, in document order.</summary>
    public IList<FundingMention> Funding { get; } = [];

    /// <summary>Quantified goals as read, in document order.</summary>
    public IList<TargetMention> Targets { get; } = [];

    /// <summary>Named officials as written, with their titles.</summary>
    public IList<PersonMention> People { get; } = [];

    /// <summary>Counted teacher studios as read, with their regions.</summary>
    public IList<TeacherStudioMention> Studios { get; } = [];

    /// <summary>Companies as written (泸天化（集团）有限责任公司); the unit resolver registers them.</summary>
    public IList<UnitMention> Companies { get; } = [];

    /// <summary>Units named in running text (教育厅, 州财政局), with offsets in the normalised text; the unit resolver registers them.</summary>
    public IList<UnitName> NamedUnits { get; } = [];

    /// <summary>How the document names its units; null until the unit resolver decides it.</summary>
    public UnitNaming? UnitNaming { get; set; }

    /// <summary>Resolved entities of every kind: one per real thing, whatever it was called in the text.</summary>
    public EntityRegistries Entities { get; } = new();

    /// <summary>Resolved units (the unit registry of <see cref="Entities"/>).</summary>
    public EntityRegistry Units => Entities[EntityKind.Unit];

    /// <summary>Relationships found so far, each id once, in the order they were found.</summary>
    public IReadOnlyList<RelationshipRecord> Relationships => _relationships;

    /// <summary>Evidence for <paramref name="span"/>: this document, the span, and its first characters as snippet.</summary>
    public Evidence EvidenceFor(SourceSpan span)
    {
        var snippet = Text.Text.Substring(span.Start, Math.Min(span.Length, MaxSnippetLength));
        return new Evidence(DocumentId, span.Start, span.Length, snippet);
    }

    /// <summary>
    /// Adds a relationship with evidence for <paramref name="span"/>; a relationship already found (same type and
    /// ends) keeps its first evidence.
    /// </summary>
    public void AddRelationship(string type, string startId, string endId, SourceSpan span)
    {
        var id = NodeIds.Relationship(startId, type, endId);
        if (!_relationshipIds.Add(id))
        {
            return;
        }

        var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
        EvidenceFor(span).WriteTo(properties);
        _relationships.Add(new RelationshipRecord(id, type, startId, endId, properties));
    }

    /// <summary>Properties every node carries (name, aliases) plus the evidence of <paramref name="span"/>.</summary>
    internal Dictionary<string, object?> NodeProperties(string name, IReadOnlyList<string> aliases, SourceSpan span)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [PropertyNames.Name] = name,
            [PropertyNames.Aliases] = aliases,
        };
        EvidenceFor(span).WriteTo(properties);
        return properties;
    }
}
