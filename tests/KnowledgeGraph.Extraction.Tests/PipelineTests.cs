using System.Text.Json;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Extraction.Documents;
using KnowledgeGraph.Extraction.Plans;
using KnowledgeGraph.Extraction.Reference;
using KnowledgeGraph.Extraction.Regions;
using KnowledgeGraph.Extraction.Responsibility;
using KnowledgeGraph.Extraction.Units;

namespace KnowledgeGraph.Extraction.Tests;

public sealed class PipelineTests
{
    private static readonly SourceDocument Sample = new(
        "sample.txt",
        "凉山州人民政府办公室\n\n2022年5月21日\n\n凉山州教育信息化实施方案\n\n1. 建立平台。〔责任单位：州教育体育局，州财政局〕");

    [Fact]
    public void Default_pipeline_is_built_once()
    {
        Assert.Same(ExtractionPipeline.Default, ExtractionPipeline.Default);
    }

    [Fact]
    public void Built_pipeline_does_not_change_when_the_builder_does()
    {
        var builder = new ExtractionPipelineBuilder();
        var pipeline = builder.Build();

        Assert.True(builder.RelationshipRecognizers.RemoveAll<ResponsibilityRelationshipRecognizer>());

        Assert.Contains(pipeline.Extract(Sample).Relationships, r => r.Type == RelationshipTypes.LedBy);
        Assert.DoesNotContain(builder.Build().Extract(Sample).Relationships, r => r.Type == RelationshipTypes.LedBy);
    }

    [Fact]
    public void Recognisers_can_be_placed_relative_to_others()
    {
        var builder = new ExtractionPipelineBuilder();
        var marker = new RecordingRecognizer();

        Assert.True(builder.Recognizers.InsertBefore<IssuerRecognizer>(marker));

        builder.Build().Run(Sample);
        Assert.NotNull(marker.SawDate);
        Assert.Equal(0, marker.SawIssuers);
    }

    [Fact]
    public void A_recogniser_placed_before_one_that_produces_what_it_needs_is_refused()
    {
        var builder = new ExtractionPipelineBuilder();
        var resolver = builder.Recognizers.OfType<UnitResolver>().Single();
        Assert.True(builder.Recognizers.RemoveAll<UnitResolver>());
        Assert.True(builder.Recognizers.InsertBefore<UnitRecognizer>(resolver));

        var refusal = Assert.Throws<InvalidOperationException>(builder.Build);

        Assert.Contains("UnitResolver needs UnitNames, which UnitRecognizer produces after it", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entity_recogniser_that_needs_a_relationship_is_refused_since_relationships_come_after_entities()
    {
        var builder = new ExtractionPipelineBuilder();
        builder.Recognizers.Add(new RecordingRecognizer([ExtractionFact.Responsibilities]));

        var refusal = Assert.Throws<InvalidOperationException>(builder.Build);

        Assert.Contains("ResponsibilityRelationshipRecognizer produces after it", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fact_no_recogniser_produces_is_read_empty()
    {
        var builder = new ExtractionPipelineBuilder();
        Assert.True(builder.Recognizers.RemoveAll<PlanRecognizer>());

        var context = builder.Build().Run(Sample);

        Assert.Empty(context.Plans);
        Assert.Empty(context.Measures);
    }

    [Fact]
    public void Pipeline_can_run_on_many_threads()
    {
        var expected = ExtractionPipeline.Default.Extract(Sample).Relationships.Select(r => r.Id).ToList();

        var results = Enumerable.Range(0, 32).AsParallel()
            .Select(_ => ExtractionPipeline.Default.Extract(Sample).Relationships.Select(r => r.Id).ToList())
            .ToList();

        Assert.All(results, ids => Assert.Equal(expected, ids));
    }

    [Fact]
    public void A_vocabulary_of_its_own_changes_what_is_read()
    {
        // 仙湖县 is made up: the default gazetteer does not know it, one that adds it under 凉山州 does.
        var madeUp = new DivisionRow("凉山彝族自治州", "凉山州", "仙湖县", "仙湖", "县", "513499");
        var gazetteer = new Gazetteer(
            ReferenceData.ReadCsv("sichuan-divisions.csv").Select(DivisionRow.From).Append(madeUp),
            ReferenceData.ReadCsv("sichuan-division-aliases.csv").Concat(ReferenceData.ReadCsv("china-division-aliases.csv")).Select(DivisionAliasRow.From),
            ReferenceData.ReadCsv("china-divisions.csv").Select(DivisionRow.From));
        var vocabulary = ExtractionVocabulary.Default with { Gazetteer = gazetteer };
        var document = new SourceDocument("made-up.txt", "仙湖县教育局召开学前教育工作会议。");

        var withMadeUp = new ExtractionPipelineBuilder(vocabulary).Build().Extract(document);
        var withDefault = ExtractionPipeline.Default.Extract(document);

        var county = Assert.Single(withMadeUp.Nodes, n => n.Label == NodeLabels.Region && n.GetString(PropertyNames.Name) == "仙湖县");
        Assert.Contains(withMadeUp.Relationships, r => r.Type == RelationshipTypes.PartOf && r.StartId == county.Id && r.EndId == "region:凉山彝族自治州");
        Assert.DoesNotContain(withDefault.Nodes, n => n.Label == NodeLabels.Region && n.GetString(PropertyNames.Name) == "仙湖县");
    }

    public static TheoryData<string> SeedDocuments() => new(Directory.GetFiles(RepositoryPaths.SeedDocuments, "*.txt").Select(Path.GetFileName).OfType<string>());

    [Theory]
    [MemberData(nameof(SeedDocuments))]
    public void A_builder_on_the_reference_data_reads_what_the_default_pipeline_reads(string seed)
    {
        var document = SourceDocumentFile.Read(Path.Combine(RepositoryPaths.SeedDocuments, seed));

        var fromReferenceData = new ExtractionPipelineBuilder(ExtractionVocabulary.FromReferenceData()).Build().Extract(document);
        var byDefault = ExtractionPipeline.Default.Extract(document);

        Assert.NotEmpty(byDefault.Relationships);
        Assert.Equal(JsonSerializer.Serialize(byDefault), JsonSerializer.Serialize(fromReferenceData));
    }

    private sealed class RecordingRecognizer(IReadOnlyCollection<ExtractionFact>? needs = null) : IRecognizer
    {
        public IReadOnlyCollection<ExtractionFact> Needs { get; } = needs ?? [ExtractionFact.IssueDate];

        public IReadOnlyCollection<ExtractionFact> Produces { get; } = [];

        public string? SawDate { get; private set; }

        public int SawIssuers { get; private set; } = -1;

        public void Recognize(ExtractionContext context)
        {
            SawDate = context.Header.Date?.Value;
            SawIssuers = context.Header.Issuers.Count;
        }
    }
}
