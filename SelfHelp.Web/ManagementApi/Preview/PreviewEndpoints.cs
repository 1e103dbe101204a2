using Microsoft.AspNetCore.Http.HttpResults;
using SelfHelp.Core.Languages;
using SelfHelp.Web.ManagementApi.Common;
using SelfHelp.Web.ManagementApi.DocumentOperations;
using SelfHelp.Web.ManagementApi.Security;
using SelfHelp.Web.Site;

namespace SelfHelp.Web.ManagementApi.Preview;

/// <summary>Umbraco's <c>DocumentUrlInfoModel</c>: a culture's URL (or why there is none) and the provider that made it.</summary>
public sealed record DocumentUrlInfoModel(string? Culture, string? Url, string? Message, string Provider);

/// <summary>
/// Preview as Umbraco's client drives it: <c>POST /preview</c> starts a preview session (the cookie the site honours),
/// <c>DELETE /preview</c> ends it, and <c>document/{id}/preview-url</c> names the page that shows a culture's draft.
/// </summary>
public static class PreviewEndpoints
{
    /// <summary>Umbraco's alias of its default URL provider, which the client passes back as <c>providerAlias</c>.</summary>
    public const string UrlProvider = "umbDocumentUrlProvider";

    public static IServiceCollection AddPreview(this IServiceCollection services) => services.AddSingleton<PreviewSession>();

    public static RouteGroupBuilder MapPreview(this RouteGroupBuilder v1)
    {
        var preview = v1.MapGroup("").WithTags("Preview");
        preview.MapPost("/preview", StartAsync);
        preview.MapDelete("/preview", End);
        v1.MapGet("/document/{id:guid}/preview-url", UrlAsync).WithTags("Document").RequireAuthorization(BackOfficePolicies.SectionAccessContent);
        return v1;
    }

    private static async Task<Ok> StartAsync(HttpContext context, PreviewSession sessions, IBackOfficeUserAccessor users)
    {
        var user = await users.GetCurrentAsync(context) ?? throw new InvalidOperationException("The policy lets only back office users in.");
        sessions.Start(context.Response, user.Key);
        return ManagementResults.EmptyOk(context);
    }

    private static Ok End(HttpContext context)
    {
        PreviewSession.End(context.Response);
        return ManagementResults.EmptyOk(context);
    }

    private static async Task<Results<Ok<DocumentUrlInfoModel>, ProblemHttpResult>> UrlAsync(
        Guid id, string? culture, HttpContext context, DocumentAccess access, ILanguageService languages, CancellationToken ct)
    {
        var document = await access.DocumentAsync(context, id, DocumentPermissions.Read, trashed: false, ct);
        if (!document.Allowed)
        {
            return document.Problem!;
        }
        var item = document.Item!;
        var wanted = item.VariesByCulture ? culture ?? new SiteCultures(await languages.GetAllAsync(ct)).Default : null;
        var url = PreviewPage.PreviewUrl(item.Key, wanted);
        return TypedResults.Ok(item.Draft.GetName(wanted) is null
            ? new DocumentUrlInfoModel(wanted, null, PreviewPage.NoDraftText.For(document.User), UrlProvider)
            : new DocumentUrlInfoModel(wanted, url, null, UrlProvider));
    }
}
