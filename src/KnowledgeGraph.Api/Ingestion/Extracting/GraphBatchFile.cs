using System.Security.Cryptography;
using System.Text;
using KnowledgeGraph.Domain.Graph;

namespace KnowledgeGraph.Api.Ingestion.Extracting;

/// <summary>
/// A <see cref="GraphBatch"/> as the bytes of an <see cref="ExtractionCache"/> entry: a format marker, the batch
/// (ids, labels, types and properties, each value tagged with its type so that it reads back as the same type), and the
/// SHA-256 of the batch's bytes, so that a truncated or damaged file is told from a whole one instead of read as a
/// wrong graph. Binary because reading must cost far less than the extraction it saves. Each distinct string is written
/// once and then referred to by number, and read back as one instance, as extraction shares them (every property name,
/// the document id in each evidence, a node id in each relationship that ends at it): a string per occurrence would
/// hold hundreds of megabytes more for a large corpus.
/// </summary>
internal static class GraphBatchFile
{
    private static readonly byte[] Marker = "KGB1"u8.ToArray();

    private enum ValueTag : byte
    {
        Null,
        String,
        Int64,
        Int32,
        Double,
        Boolean,
        StringList,
    }

    /// <summary>The file's bytes; <see cref="NotSupportedException"/> for a property value of a type the format lacks.</summary>
    public static byte[] Write(GraphBatch batch)
    {
        using var payload = new MemoryStream();
        using (var writer = new TableWriter(payload))
        {
            writer.Text(batch.DocumentId);
            writer.Write(batch.Nodes.Count);
            foreach (var node in batch.Nodes)
            {
                writer.Text(node.Id);
                writer.Text(node.Label);
                WriteProperties(writer, node.Properties);
            }

            writer.Write(batch.Relationships.Count);
            foreach (var relationship in batch.Relationships)
            {
                writer.Text(relationship.Id);
                writer.Text(relationship.Type);
                writer.Text(relationship.StartId);
                writer.Text(relationship.EndId);
                WriteProperties(writer, relationship.Properties);
            }
        }

        var body = payload.GetBuffer().AsSpan(0, (int)payload.Length);
        return [.. Marker, .. body, .. SHA256.HashData(body)];
    }

    /// <summary>The batch the bytes hold, or null when they are not a whole file of this format.</summary>
    public static GraphBatch? Read(byte[] file)
    {
        var bodyLength = file.Length - Marker.Length - SHA256.HashSizeInBytes;
        if (bodyLength < 0 || !file.AsSpan(0, Marker.Length).SequenceEqual(Marker))
        {
            return null;
        }

        var body = file.AsSpan(Marker.Length, bodyLength);
        if (!SHA256.HashData(body).AsSpan().SequenceEqual(file.AsSpan(Marker.Length + bodyLength)))
        {
            return null;
        }

        using var reader = new TableReader(new MemoryStream(file, Marker.Length, bodyLength, writable: false));
        var documentId = reader.Text();
        var nodes = new NodeRecord[reader.ReadInt32()];
        for (var i = 0; i < nodes.Length; i++)
        {
            nodes[i] = new NodeRecord(reader.Text(), reader.Text(), ReadProperties(reader));
        }

        var relationships = new RelationshipRecord[reader.ReadInt32()];
        for (var i = 0; i < relationships.Length; i++)
        {
            relationships[i] = new RelationshipRecord(reader.Text(), reader.Text(), reader.Text(), reader.Text(), ReadProperties(reader));
        }

        return new GraphBatch(documentId, nodes, relationships);
    }

    private static void WriteProperties(TableWriter writer, IReadOnlyDictionary<string, object?> properties)
    {
        writer.Write(properties.Count);
        foreach (var (name, value) in properties)
        {
            writer.Text(name);
            WriteValue(writer, value);
        }
    }

    private static void WriteValue(TableWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.Write((byte)ValueTag.Null);
                break;
            case string text:
                writer.Write((byte)ValueTag.String);
                writer.Text(text);
                break;
            case long number:
                writer.Write((byte)ValueTag.Int64);
                writer.Write(number);
                break;
            case int number:
                writer.Write((byte)ValueTag.Int32);
                writer.Write(number);
                break;
            case double number:
                writer.Write((byte)ValueTag.Double);
                writer.Write(number);
                break;
            case bool flag:
                writer.Write((byte)ValueTag.Boolean);
                writer.Write(flag);
                break;
            case IReadOnlyList<string> texts:
                writer.Write((byte)ValueTag.StringList);
                writer.Write(texts.Count);
                foreach (var text in texts)
                {
                    writer.Text(text);
                }

                break;
            default:
                throw new NotSupportedException($"A property value of type {value.GetType()} has no form in an extraction cache entry.");
        }
    }

    private static Dictionary<string, object?> ReadProperties(TableReader reader)
    {
        var count = reader.ReadInt32();
        var properties = new Dictionary<string, object?>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            properties.Add(reader.Text(), ReadValue(reader));
        }

        return properties;
    }

    private static object? ReadValue(TableReader reader) => (ValueTag)reader.ReadByte() switch
    {
        ValueTag.Null => null,
        ValueTag.String => reader.Text(),
        ValueTag.Int64 => reader.ReadInt64(),
        ValueTag.Int32 => reader.ReadInt32(),
        ValueTag.Double => reader.ReadDouble(),
        ValueTag.Boolean => reader.ReadBoolean(),
        ValueTag.StringList => ReadTexts(reader),
        var tag => throw new InvalidDataException($"Unknown value tag {tag}."),
    };

    private static string[] ReadTexts(TableReader reader)
    {
        var texts = new string[reader.ReadInt32()];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = reader.Text();
        }

        return texts;
    }

    // A string is written as 0 and its text the first time, then as its number in order of first appearance plus one.
    private sealed class TableWriter(Stream output) : BinaryWriter(output, Encoding.UTF8, leaveOpen: true)
    {
        private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);

        public void Text(string text)
        {
            if (_numbers.TryGetValue(text, out var number))
            {
                Write7BitEncodedInt(number + 1);
                return;
            }

            Write7BitEncodedInt(0);
            Write(text);
            _numbers.Add(text, _numbers.Count);
        }
    }

    private sealed class TableReader(Stream input) : BinaryReader(input, Encoding.UTF8)
    {
        private readonly List<string> _texts = [];

        public string Text()
        {
            var number = Read7BitEncodedInt();
            if (number == 0)
            {
                var text = ReadString();
                _texts.Add(text);
                return text;
            }

            return _texts[number - 1];
        }
    }
}
