using SelfHelp.Core.ContentTypes;
using UmbracoMediaTypes = Umbraco.Cms.Core.Constants.Conventions.MediaTypes;

namespace SelfHelp.Web.ManagementApi.ContentTypes;

/// <summary>
/// Folder, Image and File: the media types uploads and folders are made of (the engine picks them by alias), so, as in
/// Umbraco, they keep their alias and are never deleted.
/// </summary>
internal static class SystemMediaTypes
{
    private static readonly string[] Aliases = [UmbracoMediaTypes.Folder, UmbracoMediaTypes.Image, UmbracoMediaTypes.File];

    public static bool Contains(ContentType type) =>
        type.Kind == ContentTypeKind.Media && Aliases.Contains(type.Alias, StringComparer.OrdinalIgnoreCase);
}
