using System.Text.Json.Serialization;

namespace SelfHelp.Web.ManagementApi.Common;

/// <summary>
/// Umbraco's <c>DocumentPermissionPresentationModel</c>: granular verbs on one document, tagged with <c>$type</c> as
/// the client's generated union of permission models expects (users and user groups both carry them).
/// </summary>
public sealed record DocumentPermissionPresentationModel(ReferenceByIdModel Document, IReadOnlyList<string> Verbs)
{
    public const string TypeName = nameof(DocumentPermissionPresentationModel);

    [JsonPropertyName("$type")]
    public string Type { get; init; } = TypeName;
}

/// <summary>Umbraco's <c>PasswordConfigurationResponseModel</c>: the rules a new password must meet.</summary>
public sealed record PasswordConfigurationResponseModel(
    int MinimumPasswordLength, bool RequireNonLetterOrDigit, bool RequireDigit, bool RequireLowercase, bool RequireUppercase)
{
    public static PasswordConfigurationResponseModel From(Microsoft.AspNetCore.Identity.PasswordOptions password) =>
        new(password.RequiredLength, password.RequireNonAlphanumeric, password.RequireDigit, password.RequireLowercase, password.RequireUppercase);
}
