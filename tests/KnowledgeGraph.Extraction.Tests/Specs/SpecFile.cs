namespace KnowledgeGraph.Extraction.Tests.Specs;

/// <summary>
/// Reads <c>Specs/&lt;Recogniser&gt;.md</c>: prose, then examples, each a <c>## title</c>, a <c>```text</c> block of
/// policy text and an <c>```entities</c> block with the expected dump (<c>(none)</c> when nothing may match).
/// </summary>
public static class SpecFile
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Specs");

    public static IEnumerable<string> Names() =>
        System.IO.Directory.EnumerateFiles(Directory, "*.md")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Order(StringComparer.Ordinal);

    public static IReadOnlyList<SpecExample> Read(string spec)
    {
        var lines = File.ReadAllLines(Path.Combine(Directory, spec + ".md"));
        var examples = new List<SpecExample>();
        string? title = null;
        string? source = null;
        var titleLine = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("## ", StringComparison.Ordinal))
            {
                title = lines[i][3..].Trim();
                titleLine = i + 1;
                source = null;
            }
            else if (lines[i] == "```text")
            {
                source = string.Join('\n', Block(lines, ref i));
            }
            else if (lines[i] == "```entities")
            {
                var expected = Block(lines, ref i);
                if (title is null || source is null)
                {
                    throw new InvalidDataException($"{spec}.md:{i + 1}: an entities block needs a ## title and a text block before it.");
                }

                examples.Add(new SpecExample(spec, title, source, expected, titleLine));
                source = null;
            }
        }

        return examples;
    }

    private static List<string> Block(string[] lines, ref int i)
    {
        var block = new List<string>();
        for (i++; i < lines.Length && lines[i] != "```"; i++)
        {
            block.Add(lines[i]);
        }

        return block;
    }
}
