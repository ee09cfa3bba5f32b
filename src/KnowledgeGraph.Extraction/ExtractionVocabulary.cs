using KnowledgeGraph.Extraction.Measures;
using KnowledgeGraph.Extraction.People;
using KnowledgeGraph.Extraction.Programs;
using KnowledgeGraph.Extraction.Reference;
using KnowledgeGraph.Extraction.Regions;
using KnowledgeGraph.Extraction.Responsibility;
using KnowledgeGraph.Extraction.Schools;
using KnowledgeGraph.Extraction.Units;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// Everything extraction knows besides the text: the gazetteer and the word lists of <c>seeds/reference</c>, read
/// once and never changed. <see cref="ExtractionPipelineBuilder"/> hands each recogniser the parts it reads through
/// its constructor, so no recogniser reads reference data itself, and a test (or another province) builds a pipeline
/// on a vocabulary of its own: <c>ExtractionVocabulary.Default with { Gazetteer = … }</c>.
/// </summary>
public sealed record ExtractionVocabulary
{
    private static readonly Lazy<ExtractionVocabulary> DefaultVocabulary = new(FromReferenceData);

    /// <summary>The vocabulary of the embedded reference files, read once: what <see cref="ExtractionPipeline.Default"/> is built on.</summary>
    public static ExtractionVocabulary Default => DefaultVocabulary.Value;

    /// <summary>The divisions (sichuan-divisions.csv, china-divisions.csv and their aliases).</summary>
    public required Gazetteer Gazetteer { get; init; }

    /// <summary>The words unit names are read with (unit-words.csv, unit-domain-words.csv, named-units.csv).</summary>
    public required UnitWords UnitWords { get; init; }

    /// <summary>The words that end a school's name (school-name-words.csv).</summary>
    public required SchoolNameWords SchoolNameWords { get; init; }

    /// <summary>Phrases no school's name holds (school-name-stops.csv: 中小学, 产业学院).</summary>
    public required IReadOnlyList<string> SchoolNameStops { get; init; }

    /// <summary>Verbs right before a school's name, never inside it (school-name-lead-words.csv: 支持).</summary>
    public required IReadOnlyList<string> SchoolNameLeadWords { get; init; }

    /// <summary>Posts, titles, surnames and the words around a person's name (post-titles.csv, chinese-surnames.csv …).</summary>
    public required PersonWords PersonWords { get; init; }

    /// <summary>The words a byline is read with (byline-words.csv).</summary>
    public required BylineWords BylineWords { get; init; }

    /// <summary>The words around the name of someone a story quotes (quoted-people.csv).</summary>
    public required QuotedPersonWords QuotedPersonWords { get; init; }

    /// <summary>The labels of responsibility brackets (responsibility-labels.csv).</summary>
    public required ResponsibilityLabels ResponsibilityLabels { get; init; }

    /// <summary>The sentences that state a lead rule (lead-rules.csv).</summary>
    public required LeadRuleStatements LeadRuleStatements { get; init; }

    /// <summary>The genre words a plan's title ends with (plan-genre-words.csv: 实施方案, 行动计划).</summary>
    public required IReadOnlyList<string> PlanGenreWords { get; init; }

    /// <summary>Headings of sections whose items are measures only where they name units (support-section-words.csv: 保障措施).</summary>
    public required IReadOnlyList<string> SupportSectionWords { get; init; }

    /// <summary>Task table column names other than the responsibility labels, and what each holds (task-table-columns.csv).</summary>
    public required IReadOnlyDictionary<string, TaskTableColumnKind> TaskTableColumns { get; init; }

    /// <summary>The words a program's name ends with (program-words.csv: 行动, 计划, 工程).</summary>
    public required IReadOnlyList<string> ProgramWords { get; init; }

    /// <summary>The verbs a program's name follows (program-triggers.csv: 实施, 开展).</summary>
    public required IReadOnlyList<string> ProgramTriggers { get; init; }

    /// <summary>Abbreviations of words in names and what they stand for (name-abbreviations.csv).</summary>
    public required IReadOnlyList<(string Short, string Full)> NameAbbreviations { get; init; }

    /// <summary>The words that make a quotation a program without a program word (quoted-program-words.csv).</summary>
    public required QuotedProgramWords QuotedProgramWords { get; init; }

    /// <summary>The words a company's name ends with (company-suffixes.csv: 有限公司).</summary>
    public required IReadOnlyList<string> CompanySuffixes { get; init; }

    /// <summary>The words of teacher studios (studio-words.csv: 名师工作室, 工作坊).</summary>
    public required IReadOnlyList<string> StudioWords { get; init; }

    /// <summary>Reads every reference file of <c>seeds/reference</c>, which the build embeds in this assembly.</summary>
    public static ExtractionVocabulary FromReferenceData() => new()
    {
        Gazetteer = new Gazetteer(
            ReferenceData.ReadCsv("sichuan-divisions.csv").Select(DivisionRow.From),
            ReferenceData.ReadCsv("sichuan-division-aliases.csv").Concat(ReferenceData.ReadCsv("china-division-aliases.csv")).Select(DivisionAliasRow.From),
            ReferenceData.ReadCsv("china-divisions.csv").Select(DivisionRow.From)),
        UnitWords = new UnitWords(
            ReferenceData.ReadCsv("unit-words.csv").Select(row => new UnitWord(row["word"], row["kind"], row["not_before"], row["not_after"])),
            Column("unit-domain-words.csv", "word"),
            Column("named-units.csv", "name")),
        SchoolNameWords = SchoolNameWords.From(ReferenceData.ReadCsv("school-name-words.csv")),
        SchoolNameStops = Column("school-name-stops.csv", "phrase"),
        SchoolNameLeadWords = Column("school-name-lead-words.csv", "word"),
        PersonWords = new PersonWords(
            [.. ReferenceData.ReadCsv("post-titles.csv").Select(row => new PostWord(row["title"], row["requires"] == "school"))],
            Column("titles-after-name.csv", "title"),
            Column("chinese-surnames.csv", "surname"),
            Column("words-after-names.csv", "word"),
            Column("words-before-titles.csv", "word")),
        BylineWords = BylineWords.From(ReferenceData.ReadCsv("byline-words.csv")),
        QuotedPersonWords = QuotedPersonWords.From(ReferenceData.ReadCsv("quoted-people.csv")),
        ResponsibilityLabels = ResponsibilityLabels.From(ReferenceData.ReadCsv("responsibility-labels.csv")),
        LeadRuleStatements = LeadRuleStatements.From(ReferenceData.ReadCsv("lead-rules.csv")),
        PlanGenreWords = Column("plan-genre-words.csv", "word"),
        SupportSectionWords = Column("support-section-words.csv", "word"),
        TaskTableColumns = ReferenceData.ReadCsv("task-table-columns.csv").ToDictionary(
            row => row["header"],
            row => Enum.Parse<TaskTableColumnKind>(row["kind"], ignoreCase: true),
            StringComparer.Ordinal),
        ProgramWords = Column("program-words.csv", "word"),
        ProgramTriggers = Column("program-triggers.csv", "verb"),
        NameAbbreviations = [.. ReferenceData.ReadCsv("name-abbreviations.csv").Select(row => (row["abbreviation"], row["expansion"]))],
        QuotedProgramWords = QuotedProgramWords.From(ReferenceData.ReadCsv("quoted-program-words.csv")),
        CompanySuffixes = Column("company-suffixes.csv", "suffix"),
        StudioWords = Column("studio-words.csv", "word"),
    };

    private static IReadOnlyList<string> Column(string fileName, string column) =>
        [.. ReferenceData.ReadCsv(fileName).Select(row => row[column])];
}
