using System.Text;
using KnowledgeGraph.Extraction.Normalization;

namespace KnowledgeGraph.Extraction.Tests.Specs;

/// <summary>Runs every example of every <c>Specs/*.md</c> through the default pipeline.</summary>
public sealed class SpecTests
{
    public static TheoryData<string, string> Examples()
    {
        var data = new TheoryData<string, string>();
        foreach (var spec in SpecFile.Names())
        {
            foreach (var example in SpecFile.Read(spec))
            {
                data.Add(spec, example.Title);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_yields_the_expected_entities(string spec, string title)
    {
        var example = SpecFile.Read(spec).Single(e => e.Title == title);
        var context = ExtractionPipeline.Default.Run(new SourceDocument("spec.txt", example.Source));

        var actual = SpecDumps.Dump(spec, context);

        Assert.True(
            example.Expected.SequenceEqual(actual, StringComparer.Ordinal),
            Report(example, context.Text, actual));
    }

    [Fact]
    public void Every_spec_file_has_a_dump_and_examples()
    {
        var names = SpecFile.Names().ToList();
        Assert.NotEmpty(names);
        Assert.All(names, name =>
        {
            Assert.True(SpecDumps.Has(name), $"Specs/{name}.md has no dump in SpecDumps.");
            Assert.NotEmpty(SpecFile.Read(name));
        });
    }

    [Fact]
    public void Every_default_recogniser_has_a_spec()
    {
        var builder = new ExtractionPipelineBuilder();
        var recognisers = builder.Recognizers.Concat(builder.RelationshipRecognizers)
            .Select(r => r.GetType().Name)
            .Append(builder.Normalizer.GetType().Name);

        var specs = SpecFile.Names().ToHashSet(StringComparer.Ordinal);

        Assert.All(recognisers, name => Assert.Contains(name, specs));
    }

    // Markdig-style report: source, normalised text, expected and actual with whitespace made visible.
    private static string Report(SpecExample example, NormalizedText text, IReadOnlyList<string> actual)
    {
        static string Visible(string s) => s.Replace(' ', '·').Replace('\n', '⏎');
        var report = new StringBuilder();
        report.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"Specs/{example.Spec}.md:{example.Line} {example.Title}");
        report.AppendLine("source:").AppendLine(example.Source);
        report.AppendLine("normalised:").AppendLine(Visible(text.Text));
        report.AppendLine("expected:").AppendJoin('\n', example.Expected.Select(Visible)).AppendLine();
        report.AppendLine("actual:").AppendJoin('\n', actual.Select(Visible)).AppendLine();
        return report.ToString();
    }
}
