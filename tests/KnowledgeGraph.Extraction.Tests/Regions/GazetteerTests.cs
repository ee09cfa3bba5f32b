using KnowledgeGraph.Extraction.Reference;
using KnowledgeGraph.Extraction.Regions;

namespace KnowledgeGraph.Extraction.Tests.Regions;

/// <summary>
/// Checks of the gazetteer's reference data: the national file (<c>china-divisions.csv</c>, typed by hand) must nest
/// like GB/T 2260 and must not change what the Sichuan files name.
/// </summary>
public sealed class GazetteerTests
{
    private static readonly IReadOnlyList<IReadOnlyDictionary<string, string>> SichuanRows = ReferenceData.ReadCsv("sichuan-divisions.csv");
    private static readonly IReadOnlyList<IReadOnlyDictionary<string, string>> ChinaRows = ReferenceData.ReadCsv("china-divisions.csv");

    [Fact]
    public void Every_provincial_level_division_is_listed_once()
    {
        var provinces = SichuanRows.Concat(ChinaRows).Where(row => row["type"] == "province").Select(row => row["county"]).ToList();

        // 23 provinces (台湾省 among them), 5 autonomous regions, 4 municipalities, 2 special administrative regions.
        Assert.Equal(34, provinces.Count);
        Assert.Equal(provinces.Count, provinces.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(34, ExtractionVocabulary.Default.Gazetteer.Divisions.Count(d => d.Level == RegionLevels.Province));
    }

    [Fact]
    public void Codes_are_unique_and_nest_in_their_province()
    {
        var codes = SichuanRows.Concat(ChinaRows).Select(row => row["code"]).Where(code => code.Length > 0).ToList();
        var provinceCodes = ChinaRows.Concat(SichuanRows).Where(row => row["type"] == "province").ToDictionary(row => row["county"], row => row["code"], StringComparer.Ordinal);

        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ChinaRows, row =>
        {
            var code = row["code"];
            if (code.Length == 0)
            {
                // An unknown code is left empty, and the note says why.
                Assert.NotEmpty(row["note"]);
                return;
            }

            Assert.Matches("^[1-8][0-9]{5}$", code);
            if (row["type"] == "province")
            {
                Assert.EndsWith("0000", code, StringComparison.Ordinal);
            }
            else
            {
                Assert.EndsWith("00", code, StringComparison.Ordinal);
                Assert.False(code.EndsWith("0000", StringComparison.Ordinal), $"{row["prefecture"]} {code} has a province code");
                Assert.StartsWith(provinceCodes[row["province"]][..2], code, StringComparison.Ordinal);
            }
        });
    }

    [Fact]
    public void Every_prefecture_outside_Sichuan_is_part_of_its_province()
    {
        var prefectures = ChinaRows.Where(row => row["type"] != "province").ToList();

        Assert.InRange(prefectures.Count, 300, 320);
        Assert.All(prefectures, row =>
        {
            var division = ExtractionVocabulary.Default.Gazetteer.Find(row["prefecture"]);
            Assert.NotNull(division);
            Assert.Equal(RegionLevels.Prefecture, division.Level);
            Assert.Equal(row["province"], ExtractionVocabulary.Default.Gazetteer.ParentOf(division)?.Name);
        });
    }

    [Fact]
    public void No_national_name_collides_with_a_Sichuan_name()
    {
        var sichuanNames = SichuanRows.SelectMany(row => new[] { row["prefecture"], row["county"] }).Where(name => name.Length > 0).ToHashSet(StringComparer.Ordinal);

        var collisions = ChinaRows.Select(row => row["type"] == "province" ? row["county"] : row["prefecture"]).Where(sichuanNames.Contains).ToList();

        // A shared full name would also share the region id region:<full name>.
        Assert.Empty(collisions);
        var ids = ExtractionVocabulary.Default.Gazetteer.Divisions.Select(d => d.Name).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void The_national_files_change_no_Sichuan_form()
    {
        var sichuanAliases = ReferenceData.ReadCsv("sichuan-division-aliases.csv");
        var sichuan = new Gazetteer(SichuanRows.Select(DivisionRow.From), sichuanAliases.Select(DivisionAliasRow.From));
        var forms = SichuanRows.SelectMany(row => new[] { row["prefecture"], row["prefecture_short"], row["county"], row["county_short"] })
            .Concat(sichuanAliases.Select(row => row["alias"]))
            .Where(form => form.Length > 0)
            .Distinct(StringComparer.Ordinal);

        Assert.All(forms, form =>
        {
            Assert.Equal(sichuan.Lookup(form)?.Name, ExtractionVocabulary.Default.Gazetteer.Lookup(form)?.Name);
            Assert.Equal(sichuan.LookupCountyStem(form)?.Name, ExtractionVocabulary.Default.Gazetteer.LookupCountyStem(form)?.Name);
        });
    }
}
