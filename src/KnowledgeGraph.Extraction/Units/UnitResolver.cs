namespace KnowledgeGraph.Extraction.Units;

/// <summary>
/// Entity resolution for units: every unit mention — signatures, companies, reporting offices, responsibility
/// brackets, then names in running text — is registered under its canonical name (<see cref="UnitNaming"/>) with the
/// written name as an alias: in a notice issued by 凉山州人民政府办公室, 州财政局 is 凉山州财政局; in a Sichuan
/// bulletin, 教育厅 is 四川省教育厅 and the office （高教处） is 四川省教育厅高教处. Companies and collective units
/// (各县（市）党委和人民政府) keep their names; the collective written without 各 is the same one. 州直相关部门, the
/// prefecture's own departments as a collective, starts with 州 and so becomes 凉山州直相关部门: it stands for
/// different departments in every prefecture, so it must not merge across documents of different regions.
/// Signatures are registered first, so a unit's first mention (its evidence) is where the document names it most
/// formally. Runs after every recogniser that records unit mentions.
/// </summary>
/// <param name="reader">Reads whether a reporting office is named without its body; <see cref="UnitNameReader.Default"/> when null.</param>
/// <param name="words">The unit words; <see cref="UnitWords.Default"/> when null.</param>
public sealed class UnitResolver(UnitNameReader? reader = null, UnitWords? words = null) : IRecognizer
{
    private readonly UnitNameReader _reader = reader ?? UnitNameReader.Default;
    private readonly UnitWords _words = words ?? UnitWords.Default;

    /// <inheritdoc />
    public void Recognize(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var naming = UnitNaming.For(context, words: _words);
        foreach (var issuer in context.Header.Issuers)
        {
            context.Units.Register(issuer.Name, issuer.Span, naming.Canonical(issuer.Name));
        }

        foreach (var company in context.Companies)
        {
            context.Units.Register(company.Name, company.Span, company.Name);
        }

        foreach (var article in context.Articles)
        {
            // （泸州市教育和体育局、融媒体中心）: an office named alone is the body's before it, else the publisher's.
            string? body = null;
            foreach (var reporter in article.Reporters)
            {
                if (IsBareOffice(reporter.Name))
                {
                    context.Units.Register(reporter.Name, reporter.Span, naming.Office(reporter.Name, body));
                }
                else
                {
                    body = context.Units.Register(reporter.Name, reporter.Span, naming.Canonical(reporter.Name)).Name;
                }
            }
        }

        foreach (var bracket in context.Responsibilities)
        {
            foreach (var responsible in bracket.Units)
            {
                context.Units.Register(responsible.Mention.Name, responsible.Mention.Span, naming.Canonical(responsible.Mention.Name));
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

            var canonical = named.Form == UnitNameForm.BareOffice ? naming.Office(named.Name) : naming.Canonical(named.Name, named.Region);

            // 市委 in a page of several cities' reports, where the text names no city before it: whose is unknown.
            if (canonical == named.Name && _words.Levels.ContainsKey(named.Name[0]))
            {
                continue;
            }

            context.Units.Register(named.Name, new SourceSpan(named.Index, named.Name.Length), canonical);
        }
    }

    // 办公室 alone, or a name read as an office without a body (高教处, 就业指导中心).
    private bool IsBareOffice(string name) =>
        _words.Suffixes.Any(s => s.Kind == UnitWordKinds.Office && s.Word == name)
        || _reader.Read(name) is [{ Form: UnitNameForm.BareOffice } office] && office.Name == name;
}
