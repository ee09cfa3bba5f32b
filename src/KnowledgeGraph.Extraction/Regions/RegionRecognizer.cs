using KnowledgeGraph.Extraction.Normalization;

namespace KnowledgeGraph.Extraction.Regions;

/// <summary>
/// Regions: every written form of a gazetteer division (凉山彝族自治州, 凉山州, 西昌市, 北川县, 四川, 重庆 …; see
/// <see cref="Gazetteer"/> for which forms count), longest first, so 凉山州财政局 names 凉山彝族自治州 and 四川省
/// names the province rather than 四川. A two-character name ending in 县 or 区 (高县, 理县, 东区) must start a
/// word: it does not count after another Chinese character (提高县中, 城东区域) unless that is the 省, 市 or 州 of its
/// parent (宜宾市高县). Each mentioned division implies its parents up to the province, which become regions
/// without a mention.
/// </summary>
/// <param name="gazetteer">The divisions to recognise; <see cref="Gazetteer.Sichuan"/> when null.</param>
public sealed class RegionRecognizer(Gazetteer? gazetteer = null) : IRecognizer
{
    private readonly Gazetteer _gazetteer = gazetteer ?? Gazetteer.Sichuan;

    /// <inheritdoc />
    public void Recognize(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var paragraph in context.Text.Paragraphs)
        {
            var text = paragraph.Text;
            for (var i = 0; i < text.Length;)
            {
                var start = i;
                if (_gazetteer.LongestMatch(text, start, (form, _) => StartsWord(text, start, form)) is { } match)
                {
                    var span = new SourceSpan(paragraph.Span.Start + i, match.Form.Length);
                    RegionEntities.Mention(context, match.Division, match.Form, span);
                    for (var parent = _gazetteer.ParentOf(match.Division); parent is not null; parent = _gazetteer.ParentOf(parent))
                    {
                        RegionEntities.Imply(context, parent, span);
                    }

                    i += match.Form.Length;
                }
                else
                {
                    i++;
                }
            }
        }
    }

    // 高县 in 提高县中 is not 高县: short level-suffixed names must not continue another word.
    private static bool StartsWord(string text, int start, string form) =>
        form.Length > 2 || form[^1] is not ('县' or '区') || start == 0
        || !ChineseText.IsIdeograph(text[start - 1]) || text[start - 1] is '省' or '市' or '州';
}
