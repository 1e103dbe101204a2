using System.Globalization;
using System.Net.Mail;
using System.Text.Json;
using SelfHelp.Core.ContentTypes;
using Umbraco.Cms.Core;
using static Umbraco.Cms.Core.Constants.PropertyEditors;

namespace SelfHelp.Core.Content.Validation;

internal sealed class DateTimeValueValidator : IPropertyValueValidator
{
    public string EditorAlias => Aliases.DateTime;

    public ValueTask<string?> ValidateAsync(JsonElement value, DataType dataType, IContentLookup lookup, CancellationToken cancellationToken) =>
        ValueTask.FromResult(value.ValueKind == JsonValueKind.String
            && DateTime.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _)
            ? null
            : "Enter a valid date and time (for example 2026-05-01T09:30:00).");
}

internal sealed class IntegerValueValidator : IPropertyValueValidator
{
    public string EditorAlias => Aliases.Integer;

    public ValueTask<string?> ValidateAsync(JsonElement value, DataType dataType, IContentLookup lookup, CancellationToken cancellationToken)
    {
        var isInteger = value.ValueKind switch
        {
            JsonValueKind.Number => value.TryGetInt64(out _),
            JsonValueKind.String => long.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out _),
            _ => false,
        };
        return ValueTask.FromResult(isInteger ? null : "Enter a whole number.");
    }
}

internal sealed class DecimalValueValidator : IPropertyValueValidator
{
    public string EditorAlias => Aliases.Decimal;

    public ValueTask<string?> ValidateAsync(JsonElement value, DataType dataType, IContentLookup lookup, CancellationToken cancellationToken)
    {
        var isNumber = value.ValueKind == JsonValueKind.Number
            || (value.ValueKind == JsonValueKind.String && decimal.TryParse(value.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out _));
        return ValueTask.FromResult(isNumber ? null : "Enter a number.");
    }
}

internal sealed class TrueFalseValueValidator : IPropertyValueValidator
{
    public string EditorAlias => Aliases.Boolean;

    public ValueTask<string?> ValidateAsync(JsonElement value, DataType dataType, IContentLookup lookup, CancellationToken cancellationToken) =>
        ValueTask.FromResult(value.ValueKind is JsonValueKind.True or JsonValueKind.False ? null : "Choose yes or no.");
}

internal sealed class EmailAddressValueValidator : IPropertyValueValidator
{
    public string EditorAlias => Aliases.EmailAddress;

    public ValueTask<string?> ValidateAsync(JsonElement value, DataType dataType, IContentLookup lookup, CancellationToken cancellationToken)
    {
        var text = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        var valid = text is not null && MailAddress.TryCreate(text, out var address) && address.Address == text && address.Host.Contains('.');
        return ValueTask.FromResult(valid ? null : "Enter a valid email address.");
    }
}

internal sealed class TextBoxValueValidator : IPropertyValueValidator
{
    public string EditorAlias => Aliases.TextBox;

    public ValueTask<string?> ValidateAsync(JsonElement value, DataType dataType, IContentLookup lookup, CancellationToken cancellationToken)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return ValueTask.FromResult<string?>("Enter text.");
        }
        var config = dataType.Configuration;
        var max = config.ValueKind == JsonValueKind.Object && config.TryGetProperty("maxChars", out var m) && m.TryGetInt32(out var n) ? n : 512;
        return ValueTask.FromResult(value.GetString()!.Length > max ? $"Use at most {max} characters." : null);
    }
}

internal sealed class TagsValueValidator : IPropertyValueValidator
{
    public string EditorAlias => Aliases.Tags;

    public ValueTask<string?> ValidateAsync(JsonElement value, DataType dataType, IContentLookup lookup, CancellationToken cancellationToken) =>
        ValueTask.FromResult(value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(t => t.ValueKind == JsonValueKind.String)
            ? null
            : "Tags must be a list of words.");
}

/// <summary>Dropdown, checkbox list and radio list values must be among the items the data type offers.</summary>
internal abstract class ListValueValidator(string editorAlias) : IPropertyValueValidator
{
    public string EditorAlias => editorAlias;

    public ValueTask<string?> ValidateAsync(JsonElement value, DataType dataType, IContentLookup lookup, CancellationToken cancellationToken)
    {
        var allowed = dataType.GetStringList("items").ToHashSet(StringComparer.Ordinal);
        var chosen = value.ValueKind switch
        {
            JsonValueKind.String => [value.GetString()!],
            JsonValueKind.Array when value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String) =>
                value.EnumerateArray().Select(v => v.GetString()!).ToList(),
            _ => null,
        };
        if (chosen is null)
        {
            return ValueTask.FromResult<string?>("Choose from the list.");
        }
        var unknown = chosen.Where(c => !allowed.Contains(c)).ToList();
        return ValueTask.FromResult(unknown.Count == 0 ? null : $"'{string.Join("', '", unknown)}' is not one of the choices.");
    }
}

internal sealed class DropDownValueValidator() : ListValueValidator(Aliases.DropDownListFlexible);

internal sealed class CheckBoxListValueValidator() : ListValueValidator(Aliases.CheckBoxList);

internal sealed class RadioButtonListValueValidator() : ListValueValidator(Aliases.RadioButtonList);

/// <summary>Content pickers hold document keys (or UDIs); each must exist and be of a type the data type allows.</summary>
internal abstract class DocumentPickerValueValidator(string editorAlias, IContentTypeService contentTypes) : IPropertyValueValidator
{
    public string EditorAlias => editorAlias;

    public async ValueTask<string?> ValidateAsync(JsonElement value, DataType dataType, IContentLookup lookup, CancellationToken cancellationToken)
    {
        var references = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            JsonValueKind.Array => value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString()! : "").ToArray(),
            _ => null,
        };
        if (references is null)
        {
            return "Pick items from the content tree.";
        }
        var allowed = await PickerFilter.AllowedAliasesAsync(dataType, contentTypes, cancellationToken);
        foreach (var reference in references)
        {
            if (!PickerReference.TryParse(reference, out var key))
            {
                return $"'{reference}' is not a content reference.";
            }
            var alias = await lookup.GetContentTypeAliasAsync(key, NodeObjectType.Document, cancellationToken);
            if (alias is null)
            {
                return $"The picked item {key} does not exist.";
            }
            if (allowed.Count > 0 && !allowed.Contains(alias, StringComparer.OrdinalIgnoreCase))
            {
                return $"A {alias} cannot be picked here; pick a {string.Join(" or ", allowed)}.";
            }
        }
        return null;
    }
}

internal sealed class ContentPickerValueValidator(IContentTypeService contentTypes) : DocumentPickerValueValidator(Aliases.ContentPicker, contentTypes);

internal sealed class MultiNodeTreePickerValueValidator(IContentTypeService contentTypes) : DocumentPickerValueValidator(Aliases.MultiNodeTreePicker, contentTypes);

/// <summary>Media pickers hold <c>[{key, mediaKey}]</c>; each media item must exist and be of an allowed media type.</summary>
internal sealed class MediaPickerValueValidator(IContentTypeService contentTypes) : IPropertyValueValidator
{
    public string EditorAlias => Aliases.MediaPicker3;

    public async ValueTask<string?> ValidateAsync(JsonElement value, DataType dataType, IContentLookup lookup, CancellationToken cancellationToken)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            return "Pick media from the media library.";
        }
        var allowed = await PickerFilter.AllowedAliasesAsync(dataType, contentTypes, cancellationToken);
        foreach (var entry in value.EnumerateArray())
        {
            if (entry.ValueKind != JsonValueKind.Object || !entry.TryGetProperty("mediaKey", out var mediaKey) || !mediaKey.TryGetGuid(out var key))
            {
                return "Each picked media item needs a mediaKey.";
            }
            var alias = await lookup.GetContentTypeAliasAsync(key, NodeObjectType.Media, cancellationToken);
            if (alias is null)
            {
                return $"The picked media item {key} does not exist.";
            }
            if (allowed.Count > 0 && !allowed.Contains(alias, StringComparer.OrdinalIgnoreCase))
            {
                return $"A {alias} cannot be picked here; pick a {string.Join(" or ", allowed)}.";
            }
        }
        return null;
    }
}

/// <summary>A picker's <c>filter</c>: type aliases in older data, type keys as Umbraco 14+ writes them (<c>"cc07b313-…"</c>).</summary>
internal static class PickerFilter
{
    public static async ValueTask<IReadOnlyList<string>> AllowedAliasesAsync(DataType dataType, IContentTypeService contentTypes, CancellationToken cancellationToken)
    {
        var aliases = new List<string>();
        foreach (var entry in dataType.GetStringList("filter"))
        {
            aliases.Add(Guid.TryParse(entry, out var key) && await contentTypes.GetAsync(key, cancellationToken) is { } type ? type.Alias : entry);
        }
        return aliases;
    }
}

/// <summary>Reads a picker reference written as a Guid or as an Umbraco UDI (<c>umb://document/…</c>).</summary>
internal static class PickerReference
{
    public static bool TryParse(string reference, out Guid key)
    {
        if (Guid.TryParse(reference, out key))
        {
            return true;
        }
        if (UdiParser.TryParse(reference, out Udi? udi) && udi is GuidUdi guidUdi)
        {
            key = guidUdi.Guid;
            return true;
        }
        return false;
    }
}
