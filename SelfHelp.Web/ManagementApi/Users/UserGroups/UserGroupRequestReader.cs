using SelfHelp.Core.Languages;
using SelfHelp.Web.ManagementApi.Common;
using SelfHelp.Web.ManagementApi.Security;

namespace SelfHelp.Web.ManagementApi.Users.UserGroups;

/// <summary>
/// Checks a create or update request and turns it into the group to store; each problem is keyed by its JSONPath in
/// the request, as the client expects.
/// </summary>
internal sealed class UserGroupRequestReader(ILanguageService languages)
{
    public async Task<(BackOfficeUserGroup? Group, Dictionary<string, string[]> Errors)> ReadAsync(
        HttpContext context, Guid key, UserGroupRequestModel request, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        void Error(string path, string message) => errors[path] = [message];

        if (string.IsNullOrWhiteSpace(request.Name))
        {
            Error("$.name", UsersText.Required(context));
        }
        if (string.IsNullOrWhiteSpace(request.Alias))
        {
            Error("$.alias", UsersText.Required(context));
        }
        var sections = request.Sections ?? [];
        for (var i = 0; i < sections.Count; i++)
        {
            if (!BackOfficeSections.All.Contains(sections[i]))
            {
                Error($"$.sections[{i}]", UsersText.UnknownSection(context));
            }
        }
        var known = (await languages.GetAllAsync(cancellationToken)).Select(l => l.IsoCode).ToList();
        var cultures = new List<string>();
        var asked = request.Languages ?? [];
        for (var i = 0; i < asked.Count && !request.HasAccessToAllLanguages; i++)
        {
            if (known.FirstOrDefault(k => string.Equals(k, asked[i], StringComparison.OrdinalIgnoreCase)) is { } culture)
            {
                cultures.Add(culture);
            }
            else
            {
                Error($"$.languages[{i}]", UsersText.UnknownLanguage(context));
            }
        }
        var granular = new Dictionary<Guid, IReadOnlyList<string>>();
        var permissions = request.Permissions ?? [];
        for (var i = 0; i < permissions.Count; i++)
        {
            // Only document permissions are enforced by SelfHelp; a property-value permission would be stored and never applied.
            if (permissions[i] is not { Type: DocumentPermissionPresentationModel.TypeName, Document: { } document })
            {
                Error($"$.permissions[{i}]", UsersText.UnknownPermission(context));
                continue;
            }
            granular[document.Id] = [.. granular.GetValueOrDefault(document.Id, []).Union(Verbs(permissions[i].Verbs))];
        }
        if (errors.Count > 0)
        {
            return (null, errors);
        }
        return (new BackOfficeUserGroup(
            key, request.Alias!.Trim(), request.Name!.Trim(), string.IsNullOrWhiteSpace(request.Icon) ? "icon-users" : request.Icon,
            [.. sections.Distinct(StringComparer.Ordinal)], [.. Verbs(request.FallbackPermissions)],
            request.HasAccessToAllLanguages ? null : cultures, HasAccessToSensitiveData: false)
        {
            GranularPermissions = granular,
            DocumentStartNodeKey = request.DocumentRootAccess ? null : request.DocumentStartNode?.Id,
            MediaStartNodeKey = request.MediaRootAccess ? null : request.MediaStartNode?.Id,
        }, errors);
    }

    private static IEnumerable<string> Verbs(IReadOnlyList<string>? verbs) =>
        (verbs ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Distinct(StringComparer.Ordinal);
}
