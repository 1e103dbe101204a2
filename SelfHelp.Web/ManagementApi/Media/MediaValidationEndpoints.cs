using SelfHelp.Core.Content;
using SelfHelp.Core.Content.Validation;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.Media;
using SelfHelp.Web.ManagementApi.Common;
using SelfHelp.Web.ManagementApi.Security;

namespace SelfHelp.Web.ManagementApi.Media;

/// <summary>
/// What the media workspace asks before it saves (<c>media/validate</c>, <c>media/{id}/validate</c>): the same checks
/// as creating or updating, with errors keyed as the client marks fields, and nothing stored.
/// </summary>
internal static class MediaValidationEndpoints
{
    public static void MapMediaValidationEndpoints(this RouteGroupBuilder media)
    {
        media.MapPost("validate", ValidateCreateAsync).WithName("PostMediaValidate");
        media.MapPut("{id:guid}/validate", ValidateUpdateAsync).WithName("PutMediaByIdValidate");
    }

    internal static async Task<IResult> ValidateCreateAsync(CreateMediaRequestModel request, HttpContext http, IMediaService media,
        IContentTypeService types, MediaAccess access, ContentValidator validator, CancellationToken cancellationToken)
    {
        var user = await MediaRequestUser.CurrentAsync(http);
        if (request.MediaType is null || await types.GetAsync(request.MediaType.Id, cancellationToken) is not { Kind: ContentTypeKind.Media } type)
        {
            return ManagementProblems.NotFound(MediaText.Get(user, "MediaTypeNotFound"), null, "ContentTypeNotFound");
        }
        var parentId = ContentItem.RootId;
        if (request.Parent is { } parentReference)
        {
            if (await media.GetAsync(parentReference.Id, cancellationToken) is not { Trashed: false } parent
                || await access.OfAsync(user, parent, cancellationToken) == MediaAccessLevel.Hidden)
            {
                return ManagementProblems.NotFound(MediaText.Get(user, "ParentNotFound"), null, "ParentNotFound");
            }
            parentId = parent.Id;
        }
        if (!await access.MayUseAsParentAsync(user, parentId, cancellationToken))
        {
            return ManagementProblems.Forbidden(MediaText.Get(user, "NoAccess"));
        }
        var item = new ContentItem(type, NodeObjectType.Media, request.Id ?? Guid.NewGuid(), parentId);
        return await ValidateAsync(item, type, request.Variants, request.Values, user, http, validator, cancellationToken);
    }

    internal static async Task<IResult> ValidateUpdateAsync(Guid id, UpdateMediaRequestModel request, HttpContext http, IMediaService media,
        MediaAccess access, MediaPresentationFactory presentation, ContentValidator validator, CancellationToken cancellationToken)
    {
        var user = await MediaRequestUser.CurrentAsync(http);
        if (await MediaEditingEndpoints.EditableAsync(id, user, media, access, cancellationToken) is { } problem)
        {
            return problem;
        }
        var item = (await media.GetAsync(id, cancellationToken))!;
        return await ValidateAsync(item, await presentation.TypeOfAsync(item, cancellationToken), request.Variants, request.Values, user, http,
            validator, cancellationToken);
    }

    private static async Task<IResult> ValidateAsync(ContentItem item, ContentType type, IReadOnlyList<MediaVariantRequestModel>? variants,
        IReadOnlyList<MediaValueModel>? values, BackOfficeUser user, HttpContext http, ContentValidator validator, CancellationToken cancellationToken)
    {
        var edit = new MediaEditRequest();
        edit.Apply(item, type, variants ?? [], values ?? [], MediaText.Get(user, "NameRequired"), MediaText.Get(user, "InvalidCrop"));
        if (edit.Errors.Count > 0)
        {
            return ManagementProblems.Validation(edit.Errors, MediaText.Get(user, "SaveFailed"));
        }
        var errors = await validator.ValidateAsync(item, type, [], cancellationToken);
        if (errors.Count > 0)
        {
            return MediaResultProblems.From(OperationResult.Invalid(errors), user);
        }
        return ManagementResults.EmptyOk(http);
    }
}
