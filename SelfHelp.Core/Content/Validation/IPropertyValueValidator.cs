using System.Text.Json;
using SelfHelp.Core.ContentTypes;

namespace SelfHelp.Core.Content.Validation;

/// <summary>Checks that a value fits its property editor (a date is a date, a picker points at an allowed type).</summary>
/// <remarks>Each editor's folder under <c>PropertyEditors/</c> names the one it uses.</remarks>
public interface IPropertyValueValidator
{
    /// <summary>Returns a message for the editor when the value does not fit, or null when it does.</summary>
    ValueTask<string?> ValidateAsync(JsonElement value, DataType dataType, IContentLookup lookup, CancellationToken cancellationToken);
}

/// <summary>Finds the type of an item by key, so picker values can be checked against the types a data type allows.</summary>
public interface IContentLookup
{
    ValueTask<string?> GetContentTypeAliasAsync(Guid key, NodeObjectType objectType, CancellationToken cancellationToken);
}
