using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using SelfHelp.Web.ManagementApi.Common;
using SelfHelp.Web.ManagementApi.Security;
using SelfHelp.Web.Security.OAuth;

namespace SelfHelp.Web.ManagementApi.ClientCredentials;

/// <summary>An API user's new client: its id (starting <c>umbraco-back-office-</c>) and secret.</summary>
public sealed record CreateUserClientCredentialsRequestModel(string? ClientId, string? ClientSecret);

/// <summary>
/// <c>user/{id}/client-credentials</c>: the clients an automation signs in with for a back office user (client
/// credentials grant; <see cref="ApiUserClients"/>). Administrators only, in the Users section, as in Umbraco.
/// </summary>
public static class UserClientCredentialsEndpoints
{
    private const int MaxClientIdLength = 100;
    private const int MinSecretLength = 16;

    public static RouteGroupBuilder MapUserClientCredentialsEndpoints(this RouteGroupBuilder v1)
    {
        var user = v1.MapGroup("/user/{id:guid}").WithTags("User").RequireAuthorization(BackOfficePolicies.SectionAccessUsers);
        user.MapGet("/client-credentials", ListAsync);
        user.MapPost("/client-credentials", CreateAsync);
        user.MapDelete("/client-credentials/{clientId}", DeleteAsync);
        return v1;
    }

    private static async Task<Results<Ok<string[]>, ProblemHttpResult>> ListAsync(
        Guid id, HttpContext context, IBackOfficeUserAccessor current, UserManager<IdentityUser> users, IOpenIddictApplicationManager applications)
    {
        if (await RefusalAsync(id, context, current, users) is { } refused)
        {
            return refused;
        }
        var clientIds = new List<string>();
        await foreach (var application in applications.ListAsync(count: null, offset: null, context.RequestAborted))
        {
            if (await ApiUserClients.BelongsToAsync(applications, application, id.ToString(), context.RequestAborted)
                && await applications.GetClientIdAsync(application, context.RequestAborted) is { } clientId)
            {
                clientIds.Add(clientId);
            }
        }
        return TypedResults.Ok(clientIds.Order(StringComparer.Ordinal).ToArray());
    }

    private static async Task<Results<Ok, ProblemHttpResult>> CreateAsync(
        Guid id, CreateUserClientCredentialsRequestModel? model, HttpContext context, IBackOfficeUserAccessor current,
        UserManager<IdentityUser> users, IOpenIddictApplicationManager applications)
    {
        if (await RefusalAsync(id, context, current, users) is { } refused)
        {
            return refused;
        }
        var errors = new Dictionary<string, string[]>();
        var clientId = model?.ClientId?.Trim() ?? "";
        if (!clientId.StartsWith(ApiUserClients.ClientIdPrefix, StringComparison.Ordinal) || clientId.Length == ApiUserClients.ClientIdPrefix.Length
            || clientId.Length > MaxClientIdLength || !clientId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            errors["$.clientId"] = [$"The client id must start with \"{ApiUserClients.ClientIdPrefix}\", go on with letters, digits, '-', '_' or '.', and have at most {MaxClientIdLength} characters."];
        }
        if (model?.ClientSecret is not { Length: >= MinSecretLength })
        {
            errors["$.clientSecret"] = [$"The client secret must have at least {MinSecretLength} characters."];
        }
        if (errors.Count > 0)
        {
            return ManagementProblems.Validation(errors, "Invalid client credentials", operationStatus: "InvalidClientId");
        }
        if (await applications.FindByClientIdAsync(clientId, context.RequestAborted) is not null)
        {
            return ManagementProblems.BadRequest("Duplicate client id", "A client with this id already exists.", "DuplicateClientId");
        }
        await applications.CreateAsync(ApiUserClients.Descriptor(clientId, model!.ClientSecret!, id.ToString()), context.RequestAborted);
        return ManagementResults.EmptyOk(context);
    }

    private static async Task<Results<Ok, ProblemHttpResult>> DeleteAsync(
        Guid id, string clientId, HttpContext context, IBackOfficeUserAccessor current, UserManager<IdentityUser> users,
        IOpenIddictApplicationManager applications, IOpenIddictTokenManager tokens)
    {
        if (await RefusalAsync(id, context, current, users) is { } refused)
        {
            return refused;
        }
        if (await applications.FindByClientIdAsync(clientId, context.RequestAborted) is not { } application
            || !await ApiUserClients.BelongsToAsync(applications, application, id.ToString(), context.RequestAborted))
        {
            return ManagementProblems.NotFound("Client not found", "The user has no client with this id.");
        }
        // Tokens already issued to the client stop working with it.
        if (await applications.GetIdAsync(application, context.RequestAborted) is { } applicationId)
        {
            await tokens.RevokeByApplicationIdAsync(applicationId, context.RequestAborted);
        }
        await applications.DeleteAsync(application, context.RequestAborted);
        return ManagementResults.EmptyOk(context);
    }

    /// <summary>Only administrators manage API users' clients, and only for an existing user.</summary>
    private static async Task<ProblemHttpResult?> RefusalAsync(Guid id, HttpContext context, IBackOfficeUserAccessor current, UserManager<IdentityUser> users)
    {
        if (await current.GetCurrentAsync(context) is not { IsAdmin: true })
        {
            return ManagementProblems.Forbidden("Administrators only", "Only administrators manage API users' client credentials.");
        }
        return await users.FindByIdAsync(id.ToString()) is null ? ManagementProblems.NotFound("User not found", operationStatus: "UserNotFound") : null;
    }
}
