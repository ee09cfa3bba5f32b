using System.Security.Cryptography;
using System.Text;
using KnowledgeGraph.Domain.Graph;

namespace KnowledgeGraph.Api.Ingestion.Extracting;

/// <summary>
/// A <see cref="GraphBatch"/> as the bytes of an <see cref="ExtractionCache"/> entry: a format marker, the batch
/// (ids, labels, types and properties, each value tagged with its type so that it reads back as the same type), and the
/// SHA-256 of the batch's bytes, so that a truncated or damaged file is told from a whole one instead of read as a
/// wrong graph. Binary because reading must cost far less than the extraction it saves.
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
        using (var writer = new BinaryWriter(payload, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(batch.DocumentId);
            writer.Write(batch.Nodes.Count);
            foreach (var node in batch.Nodes)
            {
                writer.Write(node.Id);
                writer.Write(node.Label);
                WriteProperties(writer, node.Properties);
            }

            writer.Write(batch.Relationships.Count);
            foreach (var relationship in batch.Relationships)
            {
                writer.Write(relationship.Id);
                writer.Write(relationship.Type);
                writer.Write(relationship.StartId);
                writer.Write(relationship.EndId);
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

        using var reader = new BinaryReader(new MemoryStream(file, Marker.Length, bodyLength, writable: false), Encoding.UTF8);
        var documentId = reader.ReadString();
        var nodes = new NodeRecord[reader.ReadInt32()];
        for (var i = 0; i < nodes.Length; i++)
        {
            nodes[i] = new NodeRecord(reader.ReadString(), reader.ReadString(), ReadProperties(reader));
        }

        var relationships = new RelationshipRecord[reader.ReadInt32()];
        for (var i = 0; i < relationships.Length; i++)
        {
            relationships[i] = new RelationshipRecord(
                reader.ReadString(), reader.ReadString(), reader.ReadString(), reader.ReadString(), ReadProperties(reader));
        }

        return new GraphBatch(documentId, nodes, relationships);
    }

    private static void WriteProperties(BinaryWriter writer, IReadOnlyDictionary<string, object?> properties)
    {
        writer.Write(properties.Count);
        foreach (var (name, value) in properties)
        {
            writer.Write(name);
            WriteValue(writer, value);
        }
    }

    private static void WriteValue(BinaryWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.Write((byte)ValueTag.Null);
                break;
            case string text:
                writer.Write((byte)ValueTag.String);
                writer.Write(text);
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
                    writer.Write(text);
                }

                break;
            default:
                throw new NotSupportedException($"A property value of type {value.GetType()} has no form in an extraction cache entry.");
        }
    }

    private static Dictionary<string, object?> ReadProperties(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var properties = new Dictionary<string, object?>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            properties.Add(reader.ReadString(), ReadValue(reader));
        }

        return properties;
    }

    private static object? ReadValue(BinaryReader reader) => (ValueTag)reader.ReadByte() switch
    {
        ValueTag.Null => null,
        ValueTag.String => reader.ReadString(),
        ValueTag.Int64 => reader.ReadInt64(),
        ValueTag.Int32 => reader.ReadInt32(),
        ValueTag.Double => reader.ReadDouble(),
        ValueTag.Boolean => reader.ReadBoolean(),
        ValueTag.StringList => ReadStrings(reader),
        var tag => throw new InvalidDataException($"Unknown value tag {tag}."),
    };

    private static string[] ReadStrings(BinaryReader reader)
    {
        var texts = new string[reader.ReadInt32()];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = reader.ReadString();
        }

        return texts;
    }
}
