using SelfHelp.Core.ContentTypes;
using Umbraco.Cms.Core.Strings;

namespace SelfHelp.Core.Sync.Handlers;

/// <summary>Media types: <c>MediaTypes/image.config</c>, Umbraco's built-in ones with their real aliases.</summary>
internal sealed class MediaTypeSyncHandler(IContentTypeService contentTypes, IShortStringHelper shortStrings, USyncFiles files, SyncStateLoader stateLoader)
    : ContentTypeSyncHandlerBase(contentTypes, shortStrings, files, stateLoader)
{
    protected override ContentTypeKind Kind => ContentTypeKind.Media;
    public override string Folder => "MediaTypes";
    public override int Priority => SyncPriority.MediaTypes;
}
