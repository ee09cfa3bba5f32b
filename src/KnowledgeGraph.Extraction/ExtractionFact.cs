namespace KnowledgeGraph.Extraction;

/// <summary>
/// What a recogniser finds and leaves in the <see cref="ExtractionContext"/> for later ones: the vocabulary of
/// <see cref="IRecognizer.Needs"/> and <see cref="IRecognizer.Produces"/>, from which
/// <see cref="ExtractionPipelineBuilder.Build"/> checks the recognisers' order.
/// </summary>
public enum ExtractionFact
{
    /// <summary>The document's number (凉委办发〔2022〕14号).</summary>
    DocumentNumber,

    /// <summary>The document's title.</summary>
    DocumentTitle,

    /// <summary>The date the document was issued, which ends its header.</summary>
    IssueDate,

    /// <summary>The units that signed the document.</summary>
    Issuers,

    /// <summary>The division the document was issued in, which names its 市X and 县X.</summary>
    IssuingRegion,

    /// <summary>Regions named in the text.</summary>
    RegionMentions,

    /// <summary>Schools named in the text.</summary>
    Schools,

    /// <summary>Programs named in the text.</summary>
    Programs,

    /// <summary>Amounts of money and what they pay for.</summary>
    FundingLines,

    /// <summary>Targets: a year, an indicator and a value.</summary>
    Targets,

    /// <summary>People, with their titles.</summary>
    People,

    /// <summary>The plans the document holds.</summary>
    Plans,

    /// <summary>The plans' numbered measures.</summary>
    Measures,

    /// <summary>Who is responsible for each measure, as written, with the lead/co rule that applies.</summary>
    ResponsibilityBrackets,

    /// <summary>The articles of a bulletin, a newspaper page, a report or a notice.</summary>
    Articles,

    /// <summary>Teacher studios (名师工作室), counted.</summary>
    TeacherStudios,

    /// <summary>Companies named in the text.</summary>
    Companies,

    /// <summary>Unit names read in running text, not yet resolved.</summary>
    UnitNames,

    /// <summary>Units, resolved: named relative to the issuer, abbreviations expanded, one entity per unit.</summary>
    Units,

    /// <summary>How the document names its units (its region, province and publisher), decided once by the unit resolver.</summary>
    UnitNaming,

    /// <summary>Units read from a person's post (the 教育厅 of 教育厅厅长), added after the others.</summary>
    PostUnits,

    /// <summary>Regions implied by a relationship (a school's county, a payer's division), not named in the text.</summary>
    ImpliedRegions,

    /// <summary>ISSUED_BY: the document's signing units.</summary>
    IssuedBy,

    /// <summary>PART_OF from each plan to its document.</summary>
    PlanParts,

    /// <summary>PART_OF from each measure to its plan.</summary>
    MeasureParts,

    /// <summary>LED_BY and CO_LED_BY from each measure to its units.</summary>
    Responsibilities,

    /// <summary>The relationships of articles: their documents, authors and the units they report on.</summary>
    ArticleLinks,

    /// <summary>COVERS from a collective unit (各县（市）人民政府) to the units it stands for.</summary>
    Covers,

    /// <summary>LOCATED_IN from each school to its region.</summary>
    SchoolLocations,

    /// <summary>Who runs each program.</summary>
    ProgramRunners,

    /// <summary>What each funding line pays for and who pays it.</summary>
    FundingLinks,

    /// <summary>The plans, measures and articles that set each target.</summary>
    TargetLinks,

    /// <summary>HOLDS_POST from a person to a unit or school.</summary>
    Posts,

    /// <summary>The relationships of teacher studios: their funding, measures and articles.</summary>
    StudioLinks,

    /// <summary>PART_OF from each region to the region above it.</summary>
    RegionParts,

    /// <summary>MENTIONED_IN from every entity to the document or article that names it.</summary>
    Mentions,
}
