using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Api.Graph.Connections;

/// <summary>Opaque offset cursors (a position in the ordered result, base64url-encoded), as HotChocolate's offset paging uses.</summary>
public static class Cursor
{
    /// <summary>The cursor of a position.</summary>
    public static string Encode(int position) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(position.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The position of a cursor, or null when the text is not one of our cursors.</summary>
    public static int? Decode(string cursor)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var position) ? position : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
