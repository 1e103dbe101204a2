using System.Text.RegularExpressions;
using SelfHelp.Core.ContentTypes;
using ContentVariation = Umbraco.Cms.Core.Models.ContentVariation;
using Umbraco.Cms.Core.Strings;
using Umbraco.Extensions;

namespace SelfHelp.Web.ManagementApi.ContentTypes;

/// <summary>
/// Checks a type designer's request against the types and data types there are, and applies it to a type: errors
/// come back keyed by the JSONPath of the field at fault (<c>$.properties[2].alias</c>), and nothing is applied then.
/// </summary>
internal sealed partial class ContentTypeRequestApplier(IContentTypeService contentTypes, IDataTypeService dataTypes, IShortStringHelper shortStrings)
{
    private static readonly string[] ContainerTypes = ["Group", "Tab"];

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9_]*$")]
    private static partial Regex AliasPattern();

    /// <summary>Applies <paramref name="request"/> to <paramref name="target"/>; the errors when it cannot (then target is unchanged).</summary>
    public async Task<Dictionary<string, string[]>> ApplyAsync(ContentType target, ContentTypeRequest request, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        void Error(string path, string message) => errors[path] = [.. errors.GetValueOrDefault(path, []), message];

        var allTypes = await contentTypes.GetAllAsync(cancellationToken);
        var alias = request.Alias?.Trim() ?? "";
        if (!AliasPattern().IsMatch(alias))
        {
            Error("$.alias", TypeText.Pick("The alias must start with a letter and hold only letters, digits and underscores.", "別名須以英文字母開頭，並只可包含英文字母、數字及底線。"));
        }
        else if (allTypes.Any(t => t.Key != target.Key && string.Equals(t.Alias, alias, StringComparison.OrdinalIgnoreCase)))
        {
            Error("$.alias", TypeText.Pick($"Another type already has the alias '{alias}'.", $"已有另一個類型使用別名「{alias}」。"));
        }
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            Error("$.name", TypeText.Pick("The name is required.", "必須填寫名稱。"));
        }
        if (request.VariesBySegment)
        {
            Error("$.variesBySegment", TypeText.Pick("SelfHelp does not vary content by segment.", "SelfHelp 不按區段區分內容。"));
        }

        var groups = Groups(target, request.Containers ?? [], Error);
        var properties = await PropertiesAsync(target, request, groups, Error, cancellationToken);
        var allowed = Resolve(request.AllowedChildren.Select(c => c.Id).ToList(), target.Kind, allTypes, request.AllowedChildrenPath, Error);
        var compositions = Resolve(request.Compositions, target.Kind, allTypes, request.CompositionsPath, Error);
        if (errors.Count > 0)
        {
            return errors;
        }

        target.Alias = alias;
        target.Name = request.Name!.Trim();
        target.Description = string.IsNullOrWhiteSpace(request.Description) ? null : request.Description;
        target.Icon = string.IsNullOrWhiteSpace(request.Icon) ? null : request.Icon;
        target.AllowAtRoot = request.AllowedAsRoot;
        target.IsElement = request.IsElement;
        target.Variations = request.VariesByCulture ? ContentVariation.Culture : ContentVariation.Nothing;
        target.Groups = groups.Select(g => g.Group).ToList();
        target.Properties = properties;
        target.AllowedChildren = [.. request.AllowedChildren.Select((c, i) => new AllowedChildType(c.Id, allowed[i].Alias, c.SortOrder))];
        target.Compositions = [.. compositions.Select(c => c.Alias)];
        return errors;
    }

    private List<(Guid RequestId, PropertyGroup Group)> Groups(
        ContentType target, IReadOnlyList<PropertyTypeContainerRequestModel> containers, Action<string, string> error)
    {
        var groups = new List<(Guid RequestId, PropertyGroup Group)>();
        // Parents first, so a group's alias can be prefixed with its tab's ("details/contact", as Umbraco names them).
        var ordered = containers.Select((c, i) => (Container: c, Index: i)).OrderBy(c => c.Container.Parent is null ? 0 : 1).ToList();
        foreach (var (container, index) in ordered)
        {
            var path = $"$.containers[{index}]";
            var id = container.Id is { } given && given != Guid.Empty ? given : Guid.NewGuid();
            if (!ContainerTypes.Contains(container.Type, StringComparer.Ordinal))
            {
                error($"{path}.type", TypeText.Pick("A container is a \"Tab\" or a \"Group\".", "容器必須是「分頁」（Tab）或「群組」（Group）。"));
                continue;
            }
            if (string.IsNullOrWhiteSpace(container.Name))
            {
                error($"{path}.name", TypeText.Pick("A tab or group needs a name.", "分頁或群組需要名稱。"));
                continue;
            }
            var prefix = "";
            if (container.Parent is { } parentRef)
            {
                if (groups.FirstOrDefault(g => g.RequestId == parentRef.Id).Group is not { } parent)
                {
                    error($"{path}.parent", TypeText.Pick("The parent container is not in the request.", "請求中沒有此上層容器。"));
                    continue;
                }
                prefix = parent.Alias + "/";
            }
            var name = container.Name.Trim();
            // A container keeps its alias while its name stays (uSync files and property references use the alias).
            var existing = target.Groups.FirstOrDefault(g => g.Key == id);
            var alias = existing is not null && existing.Name == name && existing.Alias.StartsWith(prefix, StringComparison.Ordinal)
                ? existing.Alias
                : prefix + name.ToSafeAlias(shortStrings, true);
            if (groups.Any(g => string.Equals(g.Group.Alias, alias, StringComparison.OrdinalIgnoreCase)))
            {
                error($"{path}.name", TypeText.Pick($"Two containers would have the alias '{alias}'.", $"兩個容器會有相同別名「{alias}」。"));
                continue;
            }
            groups.Add((id, new PropertyGroup { Key = id, Alias = alias, Name = name, Type = container.Type!, SortOrder = container.SortOrder }));
        }
        return groups;
    }

    private async Task<List<PropertyType>> PropertiesAsync(
        ContentType target, ContentTypeRequest request, List<(Guid RequestId, PropertyGroup Group)> groups,
        Action<string, string> error, CancellationToken cancellationToken)
    {
        var properties = new List<PropertyType>();
        var requested = request.Properties ?? [];
        for (var index = 0; index < requested.Count; index++)
        {
            var property = requested[index];
            var path = $"$.properties[{index}]";
            var alias = property.Alias?.Trim() ?? "";
            if (!AliasPattern().IsMatch(alias))
            {
                error($"{path}.alias", TypeText.Pick("The alias must start with a letter and hold only letters, digits and underscores.", "別名須以英文字母開頭，並只可包含英文字母、數字及底線。"));
            }
            else if (properties.Any(p => string.Equals(p.Alias, alias, StringComparison.OrdinalIgnoreCase)))
            {
                error($"{path}.alias", TypeText.Pick($"Two properties have the alias '{alias}'.", $"兩個屬性使用相同別名「{alias}」。"));
            }
            else if (ReservedFieldNames.All.Contains(alias, StringComparer.OrdinalIgnoreCase) && target.FindProperty(alias) is null)
            {
                error($"{path}.alias", TypeText.Pick($"'{alias}' is reserved for a field every item has.", $"「{alias}」已保留給每個項目都有的欄位。"));
            }
            if (string.IsNullOrWhiteSpace(property.Name))
            {
                error($"{path}.name", TypeText.Pick("The name is required.", "必須填寫名稱。"));
            }
            var dataType = property.DataType is { } reference ? await dataTypes.GetAsync(reference.Id, cancellationToken) : null;
            if (dataType is null)
            {
                error($"{path}.dataType", TypeText.Pick("The data type could not be found.", "找不到此資料類型。"));
            }
            PropertyGroup? group = null;
            if (property.Container is { } container && (group = groups.FirstOrDefault(g => g.RequestId == container.Id).Group) is null)
            {
                error($"{path}.container", TypeText.Pick("The container is not in the request.", "請求中沒有此容器。"));
            }
            if (property.VariesByCulture && !request.VariesByCulture)
            {
                error($"{path}.variesByCulture", TypeText.Pick("A property varies by culture only on a type that does.", "只有按語言區分的類型，其屬性才可按語言區分。"));
            }
            if (property.VariesBySegment)
            {
                error($"{path}.variesBySegment", TypeText.Pick("SelfHelp does not vary content by segment.", "SelfHelp 不按區段區分內容。"));
            }
            if (dataType is null || string.IsNullOrWhiteSpace(property.Name) || !AliasPattern().IsMatch(alias))
            {
                continue;
            }
            var key = property.Id is { } id && id != Guid.Empty ? id : Guid.NewGuid();
            properties.Add(new PropertyType
            {
                Key = key,
                Alias = alias,
                Name = property.Name.Trim(),
                Description = string.IsNullOrWhiteSpace(property.Description) ? null : property.Description,
                DataTypeKey = dataType.Key,
                EditorAlias = dataType.EditorAlias,
                Mandatory = property.Validation?.Mandatory ?? false,
                MandatoryMessage = NullIfEmpty(property.Validation?.MandatoryMessage),
                ValidationRegExp = NullIfEmpty(property.Validation?.RegEx),
                ValidationRegExpMessage = NullIfEmpty(property.Validation?.RegExMessage),
                SortOrder = property.SortOrder,
                GroupAlias = group?.Alias,
                Variations = property.VariesByCulture ? ContentVariation.Culture : ContentVariation.Nothing,
                LabelOnTop = property.Appearance?.LabelOnTop ?? false,
            });
        }
        return properties;
    }

    private static List<ContentType> Resolve(
        IReadOnlyList<Guid> ids, ContentTypeKind kind, IReadOnlyList<ContentType> allTypes, string path, Action<string, string> error)
    {
        var found = new List<ContentType>();
        for (var index = 0; index < ids.Count; index++)
        {
            if (allTypes.FirstOrDefault(t => t.Key == ids[index] && t.Kind == kind) is { } type)
            {
                found.Add(type);
            }
            else
            {
                error($"{path}[{index}]", TypeText.Pick("The type could not be found.", "找不到此類型。"));
            }
        }
        return found;
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
