using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Validation;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace SelfHelp.Web.Security.OAuth;

/// <summary>
/// Refuses an access token whose account has been deleted or locked out since it was issued: the token entry check
/// covers revocation, this covers the account, so either takes effect on the next request.
/// </summary>
internal sealed class ActiveAccountCheck(UserManager<IdentityUser> users) : IOpenIddictValidationHandler<OpenIddictValidationEvents.ValidateTokenContext>
{
    public static OpenIddictValidationHandlerDescriptor Descriptor { get; } =
        OpenIddictValidationHandlerDescriptor.CreateBuilder<OpenIddictValidationEvents.ValidateTokenContext>()
            .UseScopedHandler<ActiveAccountCheck>()
            .SetOrder(int.MaxValue - 100_000)
            .Build();

    public async ValueTask HandleAsync(OpenIddictValidationEvents.ValidateTokenContext context)
    {
        if (context.IsRejected || context.Principal?.GetClaim(Claims.Subject) is not { } subject)
        {
            return;
        }
        if (!await IsActiveAsync(users, subject))
        {
            context.Reject(OpenIddictConstants.Errors.InvalidToken, "The account of this token no longer exists or is locked out.");
        }
    }

    /// <summary>Whether the account still exists and may sign in now.</summary>
    public static async Task<bool> IsActiveAsync(UserManager<IdentityUser> users, string userId) =>
        await users.FindByIdAsync(userId) is { } account && !await users.IsLockedOutAsync(account);
}
