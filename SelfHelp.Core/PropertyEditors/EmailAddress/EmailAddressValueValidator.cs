using System.Net.Mail;
using System.Text.Json;
using SelfHelp.Core.Content.Validation;
using SelfHelp.Core.ContentTypes;

namespace SelfHelp.Core.PropertyEditors.EmailAddress;

/// <summary>An address as written must be exactly what <see cref="MailAddress"/> reads, with a dotted host.</summary>
internal sealed class EmailAddressValueValidator : IPropertyValueValidator
{
    public ValueTask<string?> ValidateAsync(JsonElement value, DataType dataType, IContentLookup lookup, CancellationToken cancellationToken)
    {
        var text = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        var valid = text is not null && MailAddress.TryCreate(text, out var address) && address.Address == text && address.Host.Contains('.');
        return ValueTask.FromResult(valid ? null : "Enter a valid email address.");
    }
}
