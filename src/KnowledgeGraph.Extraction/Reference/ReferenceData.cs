using Microsoft.VisualBasic.FileIO;

namespace KnowledgeGraph.Extraction.Reference;

/// <summary>
/// Reads the reference data files of <c>seeds/reference</c>, which the build embeds in this assembly: extraction
/// knows places and keywords from these files, never from lists in code.
/// </summary>
public static class ReferenceData
{
    /// <summary>The rows of an embedded CSV file such as <c>sichuan-divisions.csv</c>, each keyed by the header.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> ReadCsv(string fileName)
    {
        using var reader = OpenText(fileName);
        return ReadCsv(reader);
    }

    /// <summary>The rows of CSV text with a header line, each keyed by the header; quoted fields may hold commas.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> ReadCsv(TextReader reader)
    {
        // The BCL's RFC 4180 parser; CsvHelper's current major version on the registry has a new, unfamiliar API.
        using var parser = new TextFieldParser(reader) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var header = parser.ReadFields() ?? [];
        var rows = new List<IReadOnlyDictionary<string, string>>();
        while (parser.ReadFields() is { } fields)
        {
            rows.Add(header
                .Select((name, i) => (name, value: i < fields.Length ? fields[i].Trim() : string.Empty))
                .ToDictionary(field => field.name, field => field.value, StringComparer.Ordinal));
        }

        return rows;
    }

    private static StreamReader OpenText(string fileName)
    {
        var stream = typeof(ReferenceData).Assembly.GetManifestResourceStream($"Reference/{fileName}")
            ?? throw new InvalidOperationException($"Reference data '{fileName}' is not embedded; is it in seeds/reference?");
        return new StreamReader(stream, System.Text.Encoding.UTF8);
    }
}
