using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SelfHelp.Web.ManagementApi.Common;
using SelfHelp.Web.ManagementApi.Security;

namespace SelfHelp.Web.ManagementApi.Users.UserGroups;

/// <summary>
/// <c>user-group</c>, <c>filter/user-group</c> and <c>item/user-group</c>: the Users section reads and edits groups;
/// items (a group's name and icon) are for any back office user, whose profile shows their groups.
/// </summary>
public static class UserGroupEndpoints
{
    private const string Route = "/umbraco/management/api/v1/user-group";

    public static RouteGroupBuilder MapUserGroupEndpoints(this RouteGroupBuilder v1)
    {
        v1.MapGet("item/user-group", GetItems).WithTags("User Group");
        var users = v1.MapGroup("").WithTags("User Group").RequireAuthorization(BackOfficePolicies.SectionAccessUsers);
        users.MapGet("user-group", GetAll);
        users.MapGet("filter/user-group", Filter);
        users.MapGet("user-group/{id:guid}", GetById);
        users.MapPost("user-group", Create);
        users.MapPut("user-group/{id:guid}", Update);
        users.MapDelete("user-group/{id:guid}", Delete);
        users.MapDelete("user-group", DeleteMany);
        return v1;
    }

    private static async Task<Ok<UserGroupItemResponseModel[]>> GetItems([FromQuery(Name = "id")] Guid[]? ids, UserGroupStore store, CancellationToken cancellationToken)
    {
        var wanted = (ids ?? []).ToHashSet();
        var groups = await store.GetAllAsync(cancellationToken);
        return TypedResults.Ok(groups.Where(g => wanted.Contains(g.Key)).Select(UserGroupResponses.Item).ToArray());
    }

    private static Task<Ok<PagedViewModel<UserGroupResponseModel>>> GetAll(UserGroupStore store, int? skip, int? take, CancellationToken cancellationToken) =>
        Filter(store, skip, take, null, cancellationToken);

    private static async Task<Ok<PagedViewModel<UserGroupResponseModel>>> Filter(
        UserGroupStore store, int? skip, int? take, string? filter, CancellationToken cancellationToken)
    {
        var groups = (await store.GetAllAsync(cancellationToken))
            .Where(g => string.IsNullOrWhiteSpace(filter)
                || g.Name.Contains(filter, StringComparison.OrdinalIgnoreCase) || g.Alias.Contains(filter, StringComparison.OrdinalIgnoreCase))
            .ToList();
        return TypedResults.Ok(new PagedViewModel<UserGroupResponseModel>(
            groups.Count, [.. groups.Skip(Math.Max(0, skip ?? 0)).Take(Math.Clamp(take ?? 100, 0, 1000)).Select(UserGroupResponses.Detail)]));
    }

    private static async Task<Results<Ok<UserGroupResponseModel>, ProblemHttpResult>> GetById(HttpContext context, Guid id, UserGroupStore store, CancellationToken cancellationToken) =>
        await store.GetAsync(id, cancellationToken) is { } group
            ? TypedResults.Ok(UserGroupResponses.Detail(group))
            : ManagementProblems.NotFound(UsersText.UserGroupNotFound(context), operationStatus: "NotFound");

    private static async Task<IResult> Create(
        HttpContext context, UserGroupRequestModel request, UserGroupStore store, UserGroupRequestReader reader, CancellationToken cancellationToken)
    {
        var key = request.Id ?? Guid.NewGuid();
        var (group, errors) = await reader.ReadAsync(context, key, request, cancellationToken);
        if (group is null)
        {
            return ManagementProblems.Validation(errors, UsersText.InvalidUserGroup(context), operationStatus: "InvalidRequest");
        }
        var existing = await store.GetAllAsync(cancellationToken);
        if (existing.Any(g => g.Key == key))
        {
            return ManagementProblems.BadRequest(UsersText.InvalidUserGroup(context), null, "DuplicateKey");
        }
        if (existing.Any(g => string.Equals(g.Alias, group.Alias, StringComparison.OrdinalIgnoreCase)))
        {
            return ManagementProblems.Validation(new Dictionary<string, string[]> { ["$.alias"] = [UsersText.DuplicateAlias(context)] },
                UsersText.InvalidUserGroup(context), operationStatus: "DuplicateAlias");
        }
        await store.SaveAsync(group, cancellationToken);
        return ManagementResults.Created(context, key, $"{Route}/{key}");
    }

    private static async Task<IResult> Update(
        HttpContext context, Guid id, UserGroupRequestModel request, UserGroupStore store, UserGroupRequestReader reader, CancellationToken cancellationToken)
    {
        var existing = await store.GetAllAsync(cancellationToken);
        if (existing.FirstOrDefault(g => g.Key == id) is not { } current)
        {
            return ManagementProblems.NotFound(UsersText.UserGroupNotFound(context));
        }
        var (group, errors) = await reader.ReadAsync(context, id, request, cancellationToken);
        if (group is null)
        {
            return ManagementProblems.Validation(errors, UsersText.InvalidUserGroup(context), operationStatus: "InvalidRequest");
        }
        if (current.IsSeeded && !string.Equals(current.Alias, group.Alias, StringComparison.Ordinal))
        {
            return ManagementProblems.Validation(new Dictionary<string, string[]> { ["$.alias"] = [UsersText.SeededGroupAlias(context)] },
                UsersText.InvalidUserGroup(context), operationStatus: "CannotChangeAlias");
        }
        if (existing.Any(g => g.Key != id && string.Equals(g.Alias, group.Alias, StringComparison.OrdinalIgnoreCase)))
        {
            return ManagementProblems.Validation(new Dictionary<string, string[]> { ["$.alias"] = [UsersText.DuplicateAlias(context)] },
                UsersText.InvalidUserGroup(context), operationStatus: "DuplicateAlias");
        }
        // Administrators keep the Users section, or nobody could manage users again.
        if (current.Alias == BackOfficeUserGroups.Admin && !group.Sections.Contains(BackOfficeSections.Users))
        {
            return ManagementProblems.Validation(new Dictionary<string, string[]> { ["$.sections"] = [UsersText.LastAdministrator(context)] },
                UsersText.InvalidUserGroup(context), operationStatus: "AdminGroupCannotBeEmpty");
        }
        // Sensitive data is granted by the group itself (Umbraco's request has no field for it): an update keeps it.
        await store.SaveAsync(group with { HasAccessToSensitiveData = current.HasAccessToSensitiveData }, cancellationToken);
        return ManagementResults.EmptyOk(context);
    }

    private static async Task<IResult> Delete(HttpContext context, Guid id, UserGroupStore store, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not { } group)
        {
            return ManagementProblems.NotFound(UsersText.UserGroupNotFound(context));
        }
        if (group.IsSeeded)
        {
            return ManagementProblems.BadRequest(UsersText.SeededGroupDelete(context), null, "CanNotDeleteIsSystemUserGroup");
        }
        await store.DeleteAsync(group, cancellationToken);
        return ManagementResults.EmptyOk(context);
    }

    private static async Task<IResult> DeleteMany(HttpContext context, [FromBody] DeleteUserGroupsRequestModel request, UserGroupStore store, CancellationToken cancellationToken)
    {
        var groups = new List<BackOfficeUserGroup>();
        foreach (var id in (request.UserGroupIds ?? []).Select(r => r.Id).Distinct())
        {
            if (await store.GetAsync(id, cancellationToken) is not { } group)
            {
                return ManagementProblems.NotFound(UsersText.UserGroupNotFound(context));
            }
            if (group.IsSeeded)
            {
                return ManagementProblems.BadRequest(UsersText.SeededGroupDelete(context), null, "CanNotDeleteIsSystemUserGroup");
            }
            groups.Add(group);
        }
        foreach (var group in groups)
        {
            await store.DeleteAsync(group, cancellationToken);
        }
        return ManagementResults.EmptyOk(context);
    }
}
