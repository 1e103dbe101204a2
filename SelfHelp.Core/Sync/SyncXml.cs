using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace SelfHelp.Core.Sync;

/// <summary>A file's content is not what its format requires; the message says what, for the start-up error.</summary>
internal sealed class USyncFormatException(string message) : Exception(message);

/// <summary>Reading uSync's XML and writing it byte for byte as uSync does.</summary>
internal static class SyncXml
{
    public const string Empty = "Empty";
    public const string DeleteChange = "Delete";
    public const string RenameChange = "Rename";

    // uSync saves with XElement.Save: UTF-8 with a byte order mark, an XML declaration and 2-space indents. We fix the
    // line ending to LF so the files are the same whichever machine wrote them.
    private static readonly XmlWriterSettings WriterSettings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
    };

    public static byte[] ToBytes(XElement node)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, WriterSettings))
        {
            node.Save(writer);
        }
        return stream.ToArray();
    }

    public static XElement Parse(Stream stream) => XDocument.Load(stream, LoadOptions.None).Root
        ?? throw new USyncFormatException("the file has no root element.");

    /// <summary>uSync's marker for an item that was deleted or renamed (<c>Change="Delete"</c>).</summary>
    public static XElement EmptyNode(Guid key, string alias, string change) =>
        new(Empty, new XAttribute("Key", key), new XAttribute("Alias", alias), new XAttribute("Change", change));

    public static Guid KeyAttribute(this XElement node)
    {
        var text = node.Attribute("Key")?.Value;
        return Guid.TryParse(text, out var key) && key != Guid.Empty
            ? key
            : throw new USyncFormatException(text is null ? $"<{node.Name}> has no Key attribute." : $"Key '{text}' is not a GUID.");
    }

    public static string AliasAttribute(this XElement node)
    {
        var alias = node.Attribute("Alias")?.Value;
        return string.IsNullOrWhiteSpace(alias) ? throw new USyncFormatException($"<{node.Name}> has no Alias attribute.") : alias;
    }

    public static XElement Required(this XElement node, string name) =>
        node.Element(name) ?? throw new USyncFormatException($"<{node.Name}> has no <{name}> element.");

    public static string RequiredText(this XElement node, string name)
    {
        var text = node.Required(name).Value;
        return string.IsNullOrWhiteSpace(text) ? throw new USyncFormatException($"<{node.Name}> has an empty <{name}>.") : text;
    }

    /// <summary>The element's text, or null when it is missing or empty (uSync writes empty elements for unset values).</summary>
    public static string? OptionalText(this XElement node, string name) =>
        node.Element(name)?.Value is { Length: > 0 } text ? text : null;

    public static bool Bool(this XElement node, string name, bool fallback = false)
    {
        var text = node.OptionalText(name);
        if (text is null)
        {
            return fallback;
        }
        return bool.TryParse(text, out var value) ? value : throw new USyncFormatException($"<{name}> is '{text}', not true or false.");
    }

    public static int Int(this XElement node, string name, int fallback = 0)
    {
        var text = node.OptionalText(name);
        if (text is null)
        {
            return fallback;
        }
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new USyncFormatException($"<{name}> is '{text}', not a whole number.");
    }

    public static Guid GuidElement(this XElement node, string name)
    {
        var text = node.OptionalText(name);
        return System.Guid.TryParse(text, out var value) ? value : throw new USyncFormatException($"<{name}> is '{text}', not a GUID.");
    }

    public static TEnum Enum<TEnum>(this XElement node, string name, TEnum fallback) where TEnum : struct, Enum
    {
        var text = node.OptionalText(name);
        if (text is null)
        {
            return fallback;
        }
        return System.Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) && System.Enum.IsDefined(value)
            ? value
            : throw new USyncFormatException($"<{name}> is '{text}'; expected one of {string.Join(", ", System.Enum.GetNames<TEnum>())}.");
    }

    /// <summary>uSync writes some booleans with .NET's ToString ("True") and others through XmlConvert ("true"); we keep each as it does.</summary>
    public static string Pascal(bool value) => value ? "True" : "False";
}
