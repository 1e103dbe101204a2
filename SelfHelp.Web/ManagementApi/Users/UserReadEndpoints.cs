using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using SelfHelp.Web.ManagementApi.Common;
using SelfHelp.Web.ManagementApi.Security;
using SelfHelp.Web.Security;

namespace SelfHelp.Web.ManagementApi.Users;

/// <summary>
/// <c>user</c>, <c>filter/user</c>, <c>user/{id}</c> and <c>user/configuration</c> for the Users section;
/// <c>item/user</c> (names only) for any back office user, since documents show who changed them.
/// </summary>
public static class UserReadEndpoints
{
    public static RouteGroupBuilder MapUserReadEndpoints(this RouteGroupBuilder v1)
    {
        v1.MapGet("item/user", GetItems).WithTags("User");
        var users = v1.MapGroup("").WithTags("User").RequireAuthorization(BackOfficePolicies.SectionAccessUsers);
        users.MapGet("user", GetAll);
        users.MapGet("filter/user", Filter);
        users.MapGet("user/{id:guid}", GetById);
        users.MapGet("user/{id:guid}/calculate-start-nodes", CalculateStartNodes);
        users.MapGet("user/configuration", GetConfiguration);
        return v1;
    }

    private static async Task<Ok<UserItemResponseModel[]>> GetItems([FromQuery(Name = "id")] Guid[]? ids, StaffUserDirectory directory, CancellationToken cancellationToken)
    {
        var wanted = (ids ?? []).ToHashSet();
        return TypedResults.Ok((await directory.GetAllAsync(cancellationToken)).Where(u => wanted.Contains(u.Key)).Select(UserResponses.Item).ToArray());
    }

    private static Task<Ok<PagedViewModel<UserResponseModel>>> GetAll(StaffUserDirectory directory, int? skip, int? take, CancellationToken cancellationToken) =>
        Filter(directory, skip, take, null, null, null, null, null, cancellationToken);

    private static async Task<Ok<PagedViewModel<UserResponseModel>>> Filter(
        StaffUserDirectory directory, int? skip, int? take, string? orderBy, string? orderDirection,
        [FromQuery] Guid[]? userGroupIds, [FromQuery] string[]? userStates, string? filter, CancellationToken cancellationToken)
    {
        IEnumerable<StaffUser> users = await directory.GetAllAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(filter))
        {
            users = users.Where(u => u.Name.Contains(filter, StringComparison.OrdinalIgnoreCase)
                || (u.Account.Email ?? "").Contains(filter, StringComparison.OrdinalIgnoreCase)
                || (u.Account.UserName ?? "").Contains(filter, StringComparison.OrdinalIgnoreCase));
        }
        if (userGroupIds is { Length: > 0 })
        {
            users = users.Where(u => u.Groups.Any(g => userGroupIds.Contains(g.Key)));
        }
        if (userStates is { Length: > 0 } && !userStates.Contains("All", StringComparer.OrdinalIgnoreCase))
        {
            users = users.Where(u => userStates.Contains(u.State, StringComparer.OrdinalIgnoreCase));
        }
        Func<StaffUser, object> key = orderBy switch
        {
            "Email" => u => u.Account.Email ?? "",
            "UserName" => u => u.Account.UserName ?? "",
            "CreateDate" => u => u.Profile?.CreateDate ?? DateTime.MinValue,
            "UpdateDate" => u => u.Profile?.UpdateDate ?? DateTime.MinValue,
            "Language" => u => u.Profile?.LanguageIsoCode ?? "",
            _ => u => u.Name,
        };
        var ordered = string.Equals(orderDirection, "Descending", StringComparison.OrdinalIgnoreCase)
            ? users.OrderByDescending(key).ToList() : users.OrderBy(key).ToList();
        return TypedResults.Ok(new PagedViewModel<UserResponseModel>(
            ordered.Count, [.. ordered.Skip(Math.Max(0, skip ?? 0)).Take(Math.Clamp(take ?? 100, 0, 1000)).Select(UserResponses.Detail)]));
    }

    private static async Task<Results<Ok<UserResponseModel>, ProblemHttpResult>> GetById(HttpContext context, Guid id, StaffUserDirectory directory, CancellationToken cancellationToken) =>
        await directory.GetAsync(id, cancellationToken) is { } user
            ? TypedResults.Ok(UserResponses.Detail(user))
            : ManagementProblems.NotFound(UsersText.UserNotFound(context));

    private static async Task<Results<Ok<CalculatedUserStartNodesResponseModel>, ProblemHttpResult>> CalculateStartNodes(
        HttpContext context, Guid id, StaffUserDirectory directory, CancellationToken cancellationToken)
    {
        if (await directory.GetAsync(id, cancellationToken) is not { } user)
        {
            return ManagementProblems.NotFound(UsersText.UserNotFound(context));
        }
        var starts = StartNodeCalculation.Of(StaffUserStartNodes.Of(user.Profile), [.. user.Groups]);
        return TypedResults.Ok(new CalculatedUserStartNodesResponseModel(id,
            [.. starts.Documents.Select(k => new ReferenceByIdModel(k))], starts.Documents.Count == 0,
            [.. starts.Media.Select(k => new ReferenceByIdModel(k))], starts.Media.Count == 0));
    }

    // Users are created by an administrator with a generated password (no invitation email), named by their email.
    private static Ok<UserConfigurationResponseModel> GetConfiguration(IOptions<IdentityOptions> identity) =>
        TypedResults.Ok(new UserConfigurationResponseModel(
            CanInviteUsers: false, UsernameIsEmail: true, PasswordConfigurationResponseModel.From(identity.Value.Password), AllowChangePassword: true, AllowTwoFactor: false));
}
