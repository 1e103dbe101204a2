using System.Text.Json;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace SelfHelp.Web.Security.OAuth;

/// <summary>
/// API users' clients (Umbraco's client credentials): a confidential OpenIddict application per client id, allowed
/// only the client credentials grant, whose tokens are issued for the back office account it names in a property.
/// </summary>
public static class ApiUserClients
{
    /// <summary>Umbraco requires this prefix, so an API user's client cannot pass for another client.</summary>
    public const string ClientIdPrefix = "umbraco-back-office-";

    private const string UserIdProperty = "selfhelp_user_id";

    public static OpenIddictApplicationDescriptor Descriptor(string clientId, string clientSecret, string userId) => new()
    {
        ClientId = clientId,
        ClientSecret = clientSecret,
        ClientType = ClientTypes.Confidential,
        DisplayName = $"API user client {clientId}",
        Permissions = { Permissions.Endpoints.Token, Permissions.Endpoints.Revocation, Permissions.GrantTypes.ClientCredentials },
        Properties = { [UserIdProperty] = JsonSerializer.SerializeToElement(userId) },
    };

    /// <summary>The account an API user's client acts for, or null for any other application.</summary>
    public static async Task<string?> UserIdAsync(IOpenIddictApplicationManager applications, object application, CancellationToken cancellationToken)
    {
        var properties = await applications.GetPropertiesAsync(application, cancellationToken);
        return properties.TryGetValue(UserIdProperty, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
    }

    /// <summary>Whether <paramref name="application"/> is a client of the account <paramref name="userId"/>.</summary>
    public static async Task<bool> BelongsToAsync(IOpenIddictApplicationManager applications, object application, string userId, CancellationToken cancellationToken) =>
        await UserIdAsync(applications, application, cancellationToken) == userId;
}
