using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using SelfHelp.Core.DeliveryApi.Json;

namespace SelfHelp.Core.DeliveryApi.Reading;

/// <summary>Serialises response models and joins already-rendered items into arrays and pages without re-serialising them.</summary>
internal static class DeliveryJsonWriter
{
    public static RenderedJson Serialize<T>(T model, IReadOnlyCollection<Guid> keys) => WithETag(JsonSerializer.SerializeToUtf8Bytes(model, DeliveryJson.Options), keys);

    public static RenderedJson Array(IReadOnlyList<RenderedJson> items)
    {
        var buffer = new ArrayBufferWriter<byte>(Estimate(items) + 2);
        WriteArray(buffer, items);
        return new RenderedJson(buffer.WrittenMemory, ComposedETag("a", items), KeysOf(items));
    }

    public static RenderedJson Page(long total, IReadOnlyList<RenderedJson> items)
    {
        var buffer = new ArrayBufferWriter<byte>(Estimate(items) + 32);
        Write(buffer, "{\"total\":"u8);
        Write(buffer, System.Text.Encoding.UTF8.GetBytes(total.ToString(CultureInfo.InvariantCulture)));
        Write(buffer, ",\"items\":"u8);
        WriteArray(buffer, items);
        Write(buffer, "}"u8);
        return new RenderedJson(buffer.WrittenMemory, ComposedETag("p" + total.ToString(CultureInfo.InvariantCulture), items), KeysOf(items));
    }

    /// <summary>A strong validator from the bytes themselves: equal answers share it on every node, any change alters it.</summary>
    public static RenderedJson WithETag(ReadOnlyMemory<byte> utf8, IReadOnlyCollection<Guid> keys) =>
        new(utf8, "\"" + Convert.ToHexStringLower(SHA256.HashData(utf8.Span).AsSpan(0, 12)) + "\"", keys);

    // A list is fully determined by its shape and its items' bytes, so hashing the items' own validators is enough
    // (and far cheaper than hashing the joined body).
    private static string ComposedETag(string shape, IReadOnlyList<RenderedJson> items)
    {
        var text = new System.Text.StringBuilder(shape, 16 + items.Count * 26);
        foreach (var item in items)
        {
            text.Append(item.ETag);
        }
        return "\"" + Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text.ToString())).AsSpan(0, 12)) + "\"";
    }

    private static HashSet<Guid> KeysOf(IReadOnlyList<RenderedJson> items) => items.SelectMany(i => i.Keys).ToHashSet();

    private static void WriteArray(ArrayBufferWriter<byte> buffer, IReadOnlyList<RenderedJson> items)
    {
        Write(buffer, "["u8);
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                Write(buffer, ","u8);
            }
            Write(buffer, items[i].Utf8.Span);
        }
        Write(buffer, "]"u8);
    }

    private static int Estimate(IReadOnlyList<RenderedJson> items) => items.Sum(i => i.Utf8.Length + 1);

    private static void Write(ArrayBufferWriter<byte> buffer, ReadOnlySpan<byte> bytes) => buffer.Write(bytes);
}
