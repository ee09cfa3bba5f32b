using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Api.Tests.Documentation;

/// <summary>
/// docs/configuration.md's table of settings is the service's: every options class's settings, each with the default
/// the class gives it, and no setting the service does not read.
/// </summary>
public sealed partial class ConfigurationPageTests
{
    private const string Page = "docs/configuration.md";

    private static readonly IReadOnlyList<(string Key, string Default)> DocumentedSettings =
    [
        .. TableRow().Matches(DocumentationPages.Read(Page)).Select(row => (row.Groups["key"].Value, row.Groups["default"].Value.Trim().Trim('`'))),
    ];

    /// <summary>
    /// Every setting of the service's options classes (<c>…Options</c> with a <c>Section</c> or <c>SectionName</c>
    /// constant, in the API or in the stores' project), with its default.
    /// </summary>
    private static readonly Dictionary<string, object?> OptionsSettings = new[] { typeof(Program).Assembly, typeof(Neo4jOptions).Assembly }
        .SelectMany(assembly => assembly.GetTypes())
        .Where(type => type.Name.EndsWith("Options", StringComparison.Ordinal))
        .Select(type => (Type: type, Section: (type.GetField("Section") ?? type.GetField("SectionName"))?.GetRawConstantValue() as string))
        .Where(options => options.Section is not null)
        .SelectMany(options =>
        {
            var defaults = Activator.CreateInstance(options.Type, nonPublic: true);
            return options.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Select(setting => (Key: $"{options.Section}:{setting.Name}", Default: setting.GetValue(defaults)));
        })
        .ToDictionary(setting => setting.Key, setting => setting.Default);

    [Fact]
    public void Every_setting_of_the_options_classes_is_documented()
    {
        Assert.NotEmpty(OptionsSettings);
        Assert.Empty(OptionsSettings.Keys.Except(DocumentedSettings.Select(setting => setting.Key)));
    }

    [Fact]
    public void Every_documented_setting_has_the_default_its_options_class_gives_it()
    {
        var wrong = DocumentedSettings
            .Where(setting => OptionsSettings.ContainsKey(setting.Key))
            .Where(setting => !IsDocumentedAs(OptionsSettings[setting.Key], setting.Default))
            .Select(setting => $"{setting.Key}: documented `{setting.Default}`, the code says `{OptionsSettings[setting.Key]}`")
            .ToList();

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void A_documented_setting_outside_the_options_classes_is_read_by_name_and_has_no_default()
    {
        var serviceSource = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Select(File.ReadAllText)
            .ToList();

        Assert.All(DocumentedSettings.Where(setting => !OptionsSettings.ContainsKey(setting.Key)), setting =>
        {
            Assert.Contains(serviceSource, source => source.Contains($"\"{setting.Key}\"", StringComparison.Ordinal));
            Assert.Equal("", setting.Default);
        });
    }

    /// <summary>
    /// How a default is written in the table: empty for none, <c>true</c>/<c>false</c>, numbers without separators,
    /// text as it is; a text of several lines is too long for a cell, so the cell names the file that holds it.
    /// </summary>
    private static bool IsDocumentedAs(object? value, string cell) => value switch
    {
        null => cell.Length == 0,
        bool flag => cell == (flag ? "true" : "false"),
        IFormattable number => cell == number.ToString(null, CultureInfo.InvariantCulture),
        string text when text.Contains('\n', StringComparison.Ordinal) =>
            File.Exists(Path.Combine(RepositoryPaths.Root, cell)) && File.ReadAllText(Path.Combine(RepositoryPaths.Root, cell)) == text,
        string text => cell == text,
        IEnumerable<string> items => cell == string.Join(", ", items),
        _ => throw new NotSupportedException($"No table form for a default of type {value.GetType()}."),
    };

    [GeneratedRegex(@"^\| `(?<key>[^`]+)` \|(?<default>[^|]*)\|", RegexOptions.Multiline)]
    private static partial Regex TableRow();
}
