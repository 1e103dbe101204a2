using SelfHelp.Core.ContentTypes;
using Umbraco.Cms.Core.Strings;

namespace SelfHelp.Core.Sync.Handlers;

/// <summary>Document and element types: <c>ContentTypes/story.config</c>.</summary>
internal sealed class ContentTypeSyncHandler(IContentTypeService contentTypes, IShortStringHelper shortStrings, USyncFiles files, SyncStateLoader stateLoader)
    : ContentTypeSyncHandlerBase(contentTypes, shortStrings, files, stateLoader)
{
    protected override ContentTypeKind Kind => ContentTypeKind.Document;
    public override string Folder => "ContentTypes";
    public override int Priority => SyncPriority.ContentTypes;
}
