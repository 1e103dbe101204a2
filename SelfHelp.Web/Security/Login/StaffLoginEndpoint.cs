using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using SelfHelp.Web.Api;

namespace SelfHelp.Web.Security.Login;

/// <summary>
/// <c>POST /umbraco/staff/api/v1/login</c>: a staff member's email and password for a bearer token (Identity's
/// bearer scheme writes <c>{ tokenType, accessToken, expiresIn, refreshToken }</c>). A body without both is a 400
/// ProblemDetails; too many attempts from one address or for one account are a 429 with Retry-After.
/// </summary>
public static class StaffLoginEndpoint
{
    public const string Route = "/umbraco/staff/api/v1/login";

    /// <summary>Longest email Identity stores; a longer one cannot be an account.</summary>
    private const int MaxEmailLength = 256;
    private const int MaxPasswordLength = 1024;

    /// <summary>A staff member's email and password, both required.</summary>
    public sealed record LoginRequest(string? Email, string? Password);

    /// <summary>Maps the sign-in and the document of the staff APIs (<see cref="ManagementApiOpenApi"/>).</summary>
    public static IEndpointRouteBuilder MapStaffLogin(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Route, LoginAsync)
            .WithGroupName(ManagementApiOpenApi.DocumentName)
            .WithTags("Sign-in")
            .WithSummary("A bearer token for a staff member's email and password")
            .Produces<AccessTokenResponse>()
            .AllowAnonymous()
            .DisableAntiforgery()
            .RequireRateLimiting(LoginRateLimits.PerAddressPolicy);
        endpoints.MapOpenApi(ManagementApiOpenApi.DocumentRoute);
        return endpoints;
    }

    // Success is written by Identity's bearer handler (the token), hence the empty result.
    private static async Task<Results<EmptyHttpResult, ValidationProblem, ApiProblem<Status401Unauthorized>, ApiProblem<Status429TooManyRequests>>> LoginAsync(
        LoginRequest? login, HttpContext context, SignInManager<IdentityUser> signIn, LoginRateLimits limits)
    {
        if (Validate(login) is { Count: > 0 } errors)
        {
            return ApiProblems.Invalid(errors, "The sign-in request is not valid.");
        }
        using var lease = limits.AcquireForAccount(signIn.UserManager.NormalizeEmail(login!.Email) ?? "");
        if (!lease.IsAcquired)
        {
            return LoginRateLimits.TooManyAttempts(lease, context);
        }
        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(login.Email!, login.Password!, isPersistent: false, lockoutOnFailure: true);
        return result.Succeeded ? TypedResults.Empty : ApiProblems.Unauthorized("Wrong email or password.");
    }

    private static Dictionary<string, string[]> Validate(LoginRequest? login)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(login?.Email) || login.Email.Length > MaxEmailLength)
        {
            errors["email"] = [$"Give the email address of a staff account (at most {MaxEmailLength} characters)."];
        }
        if (string.IsNullOrEmpty(login?.Password) || login.Password.Length > MaxPasswordLength)
        {
            errors["password"] = [$"Give the account's password (at most {MaxPasswordLength} characters)."];
        }
        return errors;
    }
}
