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
/// recognised entities. Change the lists, then <see cref="Build"/> freezes them. The recognisers read places and words
/// only from the <see cref="ExtractionVocabulary"/> the builder is given, each the parts it needs.
/// </summary>
public sealed class ExtractionPipelineBuilder
{
    /// <summary>A builder holding the default recognisers in their default order, on <see cref="ExtractionVocabulary.Default"/>.</summary>
    public ExtractionPipelineBuilder()
        : this(ExtractionVocabulary.Default)
    {
    }

    /// <summary>A builder holding the default recognisers in their default order, on <paramref name="vocabulary"/>.</summary>
    public ExtractionPipelineBuilder(ExtractionVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        var gazetteer = vocabulary.Gazetteer;
        var unitWords = vocabulary.UnitWords;
        var schoolWords = vocabulary.SchoolNameWords;
        var people = vocabulary.PersonWords;

        // One reader of unit names and lists, shared by every recogniser that tells units from other words.
        var unitNames = new UnitNameReader(unitWords, gazetteer, schoolWords);
        var unitLists = new UnitListReader(unitNames, unitWords);
        var responsibilityForms = new ResponsibilityForms(vocabulary.ResponsibilityLabels, vocabulary.LeadRuleStatements, unitLists);
        Recognizers =
        [
            new DocumentNumberRecognizer(),
            new DocumentTitleRecognizer(),
            new IssueDateRecognizer(),
            new IssuerRecognizer(),
            new IssuingRegionRecognizer(gazetteer, unitWords),
            new RegionRecognizer(gazetteer, schoolWords),
            new SelfReferenceRegionRecognizer(gazetteer),
            new SchoolRecognizer(gazetteer, schoolWords, vocabulary.SchoolNameStops, vocabulary.SchoolNameLeadWords),
            new ProgramRecognizer(vocabulary.ProgramWords, vocabulary.ProgramTriggers, vocabulary.NameAbbreviations, vocabulary.QuotedProgramWords),
            new FundingRecognizer(),
            new TargetRecognizer(),
            new PersonRecognizer(people, schoolWords),
            new BylineRecognizer(vocabulary.BylineWords, people),
            new QuotedPersonRecognizer(vocabulary.QuotedPersonWords, people),
            new PlanRecognizer(new PlanRecognizerOptions { TitleSuffixes = vocabulary.PlanGenreWords }),
            new MeasureRecognizer(
                responsibilityForms,
                vocabulary.SupportSectionWords,
                new TaskTableReader(vocabulary.ResponsibilityLabels, vocabulary.TaskTableColumns, unitLists)),
            new ResponsibilityRecognizer(responsibilityForms),
            new BulletinItemRecognizer(),
            new NewsStoryRecognizer(),
            new CityReportRecognizer(gazetteer),
            new NoticeRecognizer(),
            new ArticleResolver(),

            // Studios take their region from the article they are counted in.
            new TeacherStudioRecognizer(vocabulary.StudioWords, people, gazetteer, unitWords),

            new CompanyRecognizer(vocabulary.CompanySuffixes, gazetteer, unitWords),

            // Names in running text give way to the units the recognisers above read.
            new UnitRecognizer(unitNames),

            // Entity resolution goes last: it needs the region and every unit mention.
            new UnitResolver(unitNames, unitWords, schoolWords, gazetteer),
        ];
        RelationshipRecognizers =
        [
            new IssuedByRecognizer(),
            new PlanPartOfDocumentRecognizer(),
            new MeasurePartOfPlanRecognizer(),
            new ResponsibilityRelationshipRecognizer(),
            new ArticleRelationshipRecognizer(),
            new CollectiveUnitCoversRecognizer(gazetteer),
            new SchoolLocatedInRecognizer(),
            new ProgramRunByRecognizer(),
            new FundingRelationshipRecognizer(gazetteer),
            new TargetRelationshipRecognizer(),
            new PersonHoldsPostRecognizer(gazetteer, people, schoolWords, vocabulary.StudioWords),
            new TeacherStudioRelationshipRecognizer(),

            // After every recogniser that may imply a region.
            new RegionPartOfRecognizer(gazetteer),

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
