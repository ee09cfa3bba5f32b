using KnowledgeGraph.Extraction.Articles;
using KnowledgeGraph.Extraction.Documents;
using KnowledgeGraph.Extraction.Funding;
using KnowledgeGraph.Extraction.Measures;
using KnowledgeGraph.Extraction.Mentions;
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
/// Builds an <see cref="ExtractionPipeline"/> (Markdig's <c>MarkdownPipelineBuilder</c>): a text normaliser, then
/// an ordered list of entity recognisers, then an ordered list of relationship recognisers that run over the
/// recognised entities. Change the lists, then <see cref="Build"/> freezes them.
/// </summary>
public sealed class ExtractionPipelineBuilder
{
    /// <summary>A builder holding the default recognisers in their default order.</summary>
    public ExtractionPipelineBuilder()
    {
        Recognizers =
        [
            new DocumentNumberRecognizer(),
            new DocumentTitleRecognizer(),
            new IssueDateRecognizer(),
            new IssuerRecognizer(),
            new IssuingRegionRecognizer(),
            new RegionRecognizer(),
            new SelfReferenceRegionRecognizer(),
            new SchoolRecognizer(),
            new ProgramRecognizer(),
            new FundingRecognizer(),
            new TargetRecognizer(),
            new PersonRecognizer(),
            new BylineRecognizer(),
            new QuotedPersonRecognizer(),
            new PlanRecognizer(),
            new MeasureRecognizer(),
            new ResponsibilityRecognizer(),
            new BulletinItemRecognizer(),
            new NewsStoryRecognizer(),
            new CityReportRecognizer(),
            new NoticeRecognizer(),
            new ArticleResolver(),

            // Studios take their region from the article they are counted in.
            new TeacherStudioRecognizer(),

            new CompanyRecognizer(),

            // Names in running text give way to the units the recognisers above read.
            new UnitRecognizer(),

            // Entity resolution goes last: it needs the region and every unit mention.
            new UnitResolver(),
        ];
        RelationshipRecognizers =
        [
            new IssuedByRecognizer(),
            new PlanPartOfDocumentRecognizer(),
            new MeasurePartOfPlanRecognizer(),
            new ResponsibilityRelationshipRecognizer(),
            new ArticleRelationshipRecognizer(),
            new CollectiveUnitCoversRecognizer(),
            new SchoolLocatedInRecognizer(),
            new ProgramRunByRecognizer(),
            new FundingRelationshipRecognizer(),
            new TargetRelationshipRecognizer(),
            new PersonHoldsPostRecognizer(),
            new TeacherStudioRelationshipRecognizer(),

            // After every recogniser that may imply a region.
            new RegionPartOfRecognizer(),

            // Mentions go last: every other recogniser may add entities and mentions before.
            new MentionedInRecognizer(),
        ];
    }

    /// <summary>Turns raw text into the normalised text all offsets refer to.</summary>
    public ITextNormalizer Normalizer { get; set; } = new PdfLineJoiner();

    /// <summary>Entity recognisers, run in order.</summary>
    public RecognizerList Recognizers { get; }

    /// <summary>Relationship recognisers, run in order after every entity recogniser.</summary>
    public RecognizerList RelationshipRecognizers { get; }

    /// <summary>Freezes the current normaliser and lists into an immutable pipeline.</summary>
    /// <exception cref="InvalidOperationException">
    /// A recogniser needs a fact that a recogniser after it produces (<see cref="IRecognizer.Needs"/>); relationship
    /// recognisers run after every entity recogniser.
    /// </exception>
    public ExtractionPipeline Build()
    {
        RecognizerOrder.Check([.. Recognizers, .. RelationshipRecognizers]);
        return new(Normalizer, [.. Recognizers], [.. RelationshipRecognizers]);
    }
}
