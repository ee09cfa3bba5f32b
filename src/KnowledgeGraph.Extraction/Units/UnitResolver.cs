using KnowledgeGraph.Extraction.Articles;
using KnowledgeGraph.Extraction.Regions;
using KnowledgeGraph.Extraction.Responsibility;
using KnowledgeGraph.Extraction.Schools;

namespace KnowledgeGraph.Extraction.Units;

/// <summary>
/// Entity resolution for units: every unit mention — signatures, companies, reporting offices, responsibility
/// brackets, then names in running text — is registered under its canonical name (<see cref="UnitNaming"/>) with the
/// written name as an alias: in a notice issued by 凉山州人民政府办公室, 州财政局 is 凉山州财政局; in a Sichuan
/// bulletin, 教育厅 is 四川省教育厅 and the office （高教处） is 四川省教育厅高教处. Companies and collective units
/// (各县（市）党委和人民政府) keep their names; the collective written without 各 is the same one. 州直相关部门, the
/// prefecture's own departments as a collective, starts with 州 and so becomes 凉山州直相关部门: it stands for
/// different departments in every prefecture, so it must not merge across documents of different regions.
/// Within one document an abbreviation is the full name it stands for (省考试院 beside 省教育考试院 is
/// 四川省教育考试院, 州教科所 beside 州教育科学研究所 is 凉山州教育科学研究所): a canonical name that opens with the same
/// region as exactly one other of the document's unit names and ends with the same suffix word (院, 所), with what
/// lies between an in-order subsequence of the other's. A different suffix is a different unit: 四川省教育厅办公室 is
/// not 四川省教育厅, 四川省委教育工委 (工委) not 四川省委, 凉山州委组织部 not 凉山州委; so is a full name that holds a
/// unit the short one lacks (州人民政府办公室 is not 州人民政府教育督导委员会办公室, an office of its 委员会); a name that
/// fits two full names, and a company, stay as they are. The full name may be written where no unit name is read, after a
/// verb (〔…州教科所…〕 and 发挥州教育科学研究所…作用): there it is a mention too. A school named in a responsibility bracket (四川民族学院) is no unit.
/// In a bureau's document (issued by 开化县教育局) an office named alone in a responsibility list (基础教育科) is the
/// bureau's (开化县教育局基础教育科). In a city report's section 市X is the section's city (资阳市:…), else the city the paragraph names last before it.
/// Signatures are registered first, so a unit's first mention (its evidence) is where the document names it most
/// formally. Runs after every recogniser that records unit mentions.
/// </summary>
/// <param name="reader">Reads whether a reporting office is named without its body.</param>
/// <param name="words">The unit words.</param>
/// <param name="schoolWords">Words that end a school's name.</param>
/// <param name="gazetteer">The divisions abbreviations are matched by.</param>
public sealed class UnitResolver(UnitNameReader reader, UnitWords words, SchoolNameWords schoolWords, Gazetteer gazetteer) : IRecognizer
{
    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Needs { get; } = [ExtractionFact.Issuers, ExtractionFact.IssuingRegion, ExtractionFact.RegionMentions, ExtractionFact.Plans, ExtractionFact.ResponsibilityBrackets, ExtractionFact.Articles, ExtractionFact.Companies, ExtractionFact.UnitNames];

    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Produces { get; } = [ExtractionFact.Units, ExtractionFact.UnitNaming];

    private readonly UnitNameReader _reader = reader;
    private readonly UnitWords _words = words;
    private readonly SchoolNameWords _schoolWords = schoolWords;
    private readonly Gazetteer _gazetteer = gazetteer;

    /// <inheritdoc />
    public void Recognize(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var naming = context.UnitNaming = UnitNaming.For(context, _gazetteer, _words);

        // Every name is resolved before any is registered, so an abbreviation can find the full name it stands for
        // wherever the document writes that.
        var mentions = new List<Resolved>();
        foreach (var issuer in context.Header.Issuers)
        {
            mentions.Add(new(issuer.Name, issuer.Span, naming.Canonical(issuer.Name)));
        }

        foreach (var company in context.Companies)
        {
            mentions.Add(new(company.Name, company.Span, company.Name, IsCompany: true));
        }

        foreach (var article in context.Articles)
        {
            // （泸州市教育和体育局、融媒体中心）: an office named alone is the body's before it, else the publisher's.
            string? body = null;
            foreach (var reporter in article.Reporters)
            {
                if (IsBareOffice(reporter.Name))
                {
                    mentions.Add(new(reporter.Name, reporter.Span, naming.Office(reporter.Name, body)));
                }
                else
                {
                    body = naming.Canonical(reporter.Name);
                    mentions.Add(new(reporter.Name, reporter.Span, body));
                }
            }
        }

        // 基础教育科 in a bracket of a bureau's document is that bureau's office (开化县教育局基础教育科).
        var department = context.Header.Issuers.Select(issuer => issuer.Name).FirstOrDefault(IsDepartment) is { } issuerName ? naming.Canonical(issuerName) : null;
        foreach (var bracket in context.Responsibilities)
        {
            // 四川民族学院 in a bracket is a school, linked as one (ResponsibilityRelationshipRecognizer), not a unit.
            foreach (var responsible in bracket.Units.Where(u => !_schoolWords.EndsWithSchoolWord(u.Mention.Name)))
            {
                // A sentence's 市X whose city is unknown is skipped, as for every unit named in running text below.
                var canonical = department is not null && IsBareOffice(responsible.Mention.Name)
                    ? naming.Office(responsible.Mention.Name, department)
                    : naming.Canonical(responsible.Mention.Name);
                if (bracket.Form != ResponsibilityForm.RunningText || canonical != responsible.Mention.Name || !naming.IsRelative(canonical))
                {
                    mentions.Add(new(responsible.Mention.Name, responsible.Mention.Span, canonical));
                }
            }
        }

        foreach (var named in context.NamedUnits)
        {
            // An office named alone in running text is the publisher's; without a publisher there is no telling
            // whose it is, and such names are mostly kinds of office (县（市）教师发展中心, 职教中心), not units.
            if (named.Form == UnitNameForm.BareOffice && naming.Publisher is null)
            {
                continue;
            }

            var canonical = named.Form == UnitNameForm.BareOffice ? naming.Office(named.Name)
                : naming.Canonical(named.Name, naming.ReferredRegion(named.Name, context.Text.Text, named.Index) ?? SectionRegion(context, named) ?? named.Region);

            // 市委 in a page of several cities' reports, where the text names no city before it, or 该县教育局 where
            // it names no county: whose is unknown.
            if (canonical == named.Name && (naming.IsRelative(named.Name) || naming.IsReferring(named.Name)))
            {
                continue;
            }

            mentions.Add(new(named.Name, new SourceSpan(named.Index, named.Name.Length), canonical));
        }

        mentions.AddRange(FullNamesInText(context.Text.Text, naming, mentions));
        var expanded = Abbreviations(mentions);
        foreach (var mention in mentions)
        {
            context.Units.Register(mention.Written, mention.Span, expanded.GetValueOrDefault(mention.Canonical, mention.Canonical));
        }
    }

    // A city report's section speaks of its city: there 市X is that city's, though another city is named in between
    // (资阳市:… 安岳县还与成都市双流区建立…。市财政局会同… → 资阳市财政局).
    private string? SectionRegion(ExtractionContext context, UnitName named)
    {
        if (!_words.Levels.ContainsKey(named.Name[0])
            || context.Articles.FirstOrDefault(a => a.Genre == ArticleGenres.CityReport && a.Span.Start <= named.Index && named.End <= a.Span.End) is not { } section)
        {
            return null;
        }

        return _gazetteer.LongestMatch(section.Title, 0, (_, _) => true)?.Division.FormEndingWith(named.Name[0]);
    }

    // 州教科所 in a bracket stands for 州教育科学研究所, which the text may write where no name is read, after a verb
    // (发挥州教育科学研究所…作用): for a name that abbreviates none of the others, the level-character names the text
    // writes anywhere are candidates, and each that the name abbreviates is a mention of that unit.
    private List<Resolved> FullNamesInText(string text, UnitNaming naming, List<Resolved> mentions)
    {
        var names = Parted(mentions);
        var unexpanded = names.Where(name => !FullNamesOf(name, names).Any()).ToList();
        if (unexpanded.Count == 0)
        {
            return [];
        }

        var written = new List<Resolved>();
        for (var at = 0; at < text.Length; at++)
        {
            if (_reader.ReadLevelNameAt(text, at) is { } name && naming.Canonical(name.Name) is var canonical
                && !names.Any(known => known.Name == canonical)
                && Part(canonical) is { } full
                && unexpanded.Any(shortName => FullNamesOf(shortName, [full]).Any()))
            {
                written.Add(new(name.Name, new SourceSpan(at, name.Name.Length), canonical));
            }
        }

        return written;
    }

    // The document's abbreviated unit names, each with the one full name it stands for: 四川省考试院 → 四川省教育考试院,
    // 凉山州教科所 → 凉山州教育科学研究所 (see the class summary).
    private Dictionary<string, string> Abbreviations(List<Resolved> mentions)
    {
        var names = Parted(mentions);
        var expanded = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (FullNamesOf(name, names).Take(2).ToList() is [var full])
            {
                expanded[name.Name] = full.Name;
            }
        }

        return expanded;
    }

    // The distinct canonical names of the mentions, companies aside, that open with a region and end with a suffix
    // word: the only ones that abbreviate or are abbreviated. Each is parted once, as every pair is compared.
    private List<PartedName> Parted(List<Resolved> mentions) =>
        [.. mentions.Where(m => !m.IsCompany).Select(m => m.Canonical).Distinct(StringComparer.Ordinal).Select(Part).OfType<PartedName>()];

    // The names among candidates that shortName abbreviates.
    private IEnumerable<PartedName> FullNamesOf(PartedName shortName, IEnumerable<PartedName> candidates) =>
        candidates.Where(full => full.Name.Length > shortName.Name.Length && Abbreviates(shortName, full));

    private bool Abbreviates(PartedName shortName, PartedName fullName)
    {
        if (shortName.Region != fullName.Region || shortName.Suffix != fullName.Suffix)
        {
            return false;
        }

        // A unit the full name holds and the short one lacks makes it another body's office: 州人民政府办公室 is not
        // 州人民政府教育督导委员会办公室 (委员会).
        var stemEnd = fullName.Region.Length + fullName.Stem.Length;
        for (var at = fullName.Region.Length; at < stemEnd; at++)
        {
            if (_words.SuffixAt(fullName.Name, at) is { } inner && at + inner.Word.Length <= stemEnd
                && !shortName.Stem.Contains(inner.Word, StringComparison.Ordinal))
            {
                return false;
            }
        }

        // The short stem's characters appear in the full stem in order: 考试 in 教育考试, 教科 in 教育科学研究.
        var matched = 0;
        foreach (var c in fullName.Stem)
        {
            if (matched < shortName.Stem.Length && shortName.Stem[matched] == c)
            {
                matched++;
            }
        }

        return shortName.Stem.Length > 0 && matched == shortName.Stem.Length;
    }

    // The region a name opens with and the longest suffix word that ends it, or null when it lacks either. A division
    // of the region written right after it is part of the region: 成都市青羊区教育局 is no fuller 成都市教育局.
    private PartedName? Part(string name)
    {
        if (_gazetteer.LongestMatch(name, 0, (_, _) => true) is not { } place)
        {
            return null;
        }

        var region = place.Form;
        if (_gazetteer.LongestMatch(name, region.Length, (_, _) => true) is { } inner && Equals(_gazetteer.ParentOf(inner.Division), place.Division))
        {
            region += inner.Form;
        }

        for (var start = region.Length; start < name.Length; start++)
        {
            if (_words.SuffixAt(name, start) is { } suffix && start + suffix.Word.Length == name.Length)
            {
                return new PartedName(name, region, name[region.Length..start], suffix.Word);
            }
        }

        return null;
    }

    // A department issues in its own name, which ends in a body's one-character word (开化县教育局, 云南省教育厅), not
    // a government's, committee's or office's (凉山州人民政府办公室).
    private bool IsDepartment(string name) =>
        name.Length > 1 && _words.SuffixAt(name, name.Length - 1) is { Kind: UnitWordKinds.Body, Word.Length: 1 };

    // 办公室 alone, or a name read as an office without a body (高教处, 就业指导中心).
    private bool IsBareOffice(string name) =>
        _words.Suffixes.Any(s => s.Kind == UnitWordKinds.Office && s.Word == name)
        || _reader.Read(name) is [{ Form: UnitNameForm.BareOffice } office] && office.Name == name;

    // A unit mention resolved but not yet registered.
    private sealed record Resolved(string Written, SourceSpan Span, string Canonical, bool IsCompany = false);

    // A canonical unit name in its parts: 凉山州 + 教育科学研究 + 所.
    private sealed record PartedName(string Name, string Region, string Stem, string Suffix);
}
