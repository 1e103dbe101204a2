using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.Configuration.Models;

namespace SelfHelp.Web.ManagementApi.Media;

/// <summary>Umbraco's <c>TemporaryFileResponseModel</c>.</summary>
public sealed record TemporaryFileResponseModel(Guid Id, DateTime? AvailableUntil, string FileName);

/// <summary>Umbraco's <c>TemporaryFileConfigurationResponseModel</c>: what the client checks before it uploads (size in kilobytes).</summary>
public sealed record TemporaryFileConfigurationResponseModel(
    IReadOnlyList<string> ImageFileTypes,
    IReadOnlyList<string> DisallowedUploadedFilesExtensions,
    IReadOnlyList<string> AllowedUploadedFileExtensions,
    long? MaxFileSize);

/// <summary>
/// Uploads from the back office (<c>temporary-file</c>): the client sends a file with an id it chose, then names that id
/// in a media item's value; the file is the uploader's own until then.
/// </summary>
internal static class TemporaryFileEndpoints
{
    public static void MapTemporaryFileEndpoints(this RouteGroupBuilder files)
    {
        files.MapPost("", UploadAsync).WithName("PostTemporaryFile");
        files.MapGet("configuration", Configuration).WithName("GetTemporaryFileConfiguration");
        files.MapGet("{id:guid}", GetAsync).WithName("GetTemporaryFileById");
        files.MapDelete("{id:guid}", DeleteAsync).WithName("DeleteTemporaryFileById");
    }

    internal static async Task<IResult> UploadAsync(HttpContext http, TemporaryFileStore store, CancellationToken cancellationToken)
    {
        var user = await MediaRequestUser.CurrentAsync(http);
        if (!http.Request.HasFormContentType)
        {
            return Common.ManagementProblems.BadRequest(MediaText.Get(user, "FileMissing"), "Send multipart/form-data with Id and File.", "InvalidRequest");
        }
        var form = await http.Request.ReadFormAsync(cancellationToken);
        var file = form.Files.GetFile("File") ?? form.Files.FirstOrDefault();
        if (!Guid.TryParse(form["Id"].ToString(), out var id) || file is null || file.Length == 0)
        {
            return Common.ManagementProblems.BadRequest(MediaText.Get(user, "FileMissing"), "Send multipart/form-data with Id and File.", "InvalidRequest");
        }
        await using var content = file.OpenReadStream();
        var (status, stored) = await store.SaveAsync(id, user.Key, file.FileName, content, file.Length, cancellationToken);
        return status switch
        {
            TemporaryFileStatus.Stored => Common.ManagementResults.Created(http, stored!.Id, $"{ManagementApiBuilderExtensions.Prefix}/v1/temporary-file/{stored.Id}"),
            TemporaryFileStatus.FileTypeNotAllowed => Common.ManagementProblems.BadRequest(MediaText.Get(user, "FileTypeNotAllowed"), null, "FileExtensionNotAllowed"),
            TemporaryFileStatus.FileTooLarge => Common.ManagementProblems.BadRequest(MediaText.Get(user, "FileTooLarge"), null, "FileSizeTooLarge"),
            _ => Common.ManagementProblems.BadRequest(MediaText.Get(user, "TemporaryFileIdUsed"), null, "KeyAlreadyUsed"),
        };
    }

    internal static Ok<TemporaryFileConfigurationResponseModel> Configuration(TemporaryFileStore store, IOptions<ContentSettings> content) =>
        TypedResults.Ok(new TemporaryFileConfigurationResponseModel(
            content.Value.Imaging.ImageFileTypes.ToList(),
            content.Value.DisallowedUploadedFileExtensions.ToList(),
            content.Value.AllowedUploadedFileExtensions.ToList(),
            store.MaxFileBytes / 1024));

    internal static async Task<Results<Ok<TemporaryFileResponseModel>, ProblemHttpResult>> GetAsync(
        Guid id, HttpContext http, TemporaryFileStore store, CancellationToken cancellationToken)
    {
        var user = await MediaRequestUser.CurrentAsync(http);
        return await store.GetAsync(id, user.Key, cancellationToken) is { } file
            ? TypedResults.Ok(new TemporaryFileResponseModel(file.Id, file.AvailableUntil, file.FileName))
            : Common.ManagementProblems.NotFound(MediaText.Get(user, "TemporaryFileNotFound"));
    }

    internal static async Task<IResult> DeleteAsync(Guid id, HttpContext http, TemporaryFileStore store, CancellationToken cancellationToken)
    {
        var user = await MediaRequestUser.CurrentAsync(http);
        if (await store.GetAsync(id, user.Key, cancellationToken) is null)
        {
            return Common.ManagementProblems.NotFound(MediaText.Get(user, "TemporaryFileNotFound"));
        }
        store.Delete(id);
        return Common.ManagementResults.EmptyOk(http);
    }
}
