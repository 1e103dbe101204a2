using Microsoft.AspNetCore.Http.HttpResults;
using SelfHelp.Core.Languages;
using SelfHelp.Core.PublishedCache;
using SelfHelp.Core.Redirects;
using SelfHelp.Web.ManagementApi.Common;
using SelfHelp.Web.Site;

namespace SelfHelp.Web.ManagementApi.DocumentOperations;

/// <summary>Umbraco's <c>RedirectUrlResponseModel</c>: an old URL, the page's URL now, and when the page left it.</summary>
public sealed record RedirectUrlResponseModel(Guid Id, string OriginalUrl, string DestinationUrl, DateTimeOffset Created, ReferenceByIdModel Document, string? Culture);

/// <summary>Umbraco's <c>RedirectUrlStatusResponseModel</c>.</summary>
public sealed record RedirectUrlStatusResponseModel(string Status, bool UserIsAdmin);

/// <summary>
/// Redirect URL management (the Content section's "Redirect URL Management" dashboard): list with a filter, read,
/// delete, and the tracking status. SelfHelp always tracks renamed and moved pages, so the status is Enabled;
/// switching it off is not offered.
/// </summary>
internal static class RedirectUrlManagementEndpoints
{
    public static void Map(RouteGroupBuilder content)
    {
        var redirects = content.MapGroup("/redirect-management").WithTags("Redirect Management");
        content.MapGet("/redirect-management", ListAsync).WithTags("Redirect Management");
        redirects.MapGet("/{id:guid}", GetAsync);
        redirects.MapDelete("/{id:guid}", DeleteAsync);
        redirects.MapGet("/status", StatusAsync);
    }

    private static async Task<Results<Ok<PagedViewModel<RedirectUrlResponseModel>>, ProblemHttpResult>> ListAsync(
        string? filter, int? skip, int? take, HttpContext context, DocumentAccess access, IRedirectUrlService redirects,
        IPublishedContentCache cache, ILanguageService languages, CancellationToken ct)
    {
        if (!DocumentPaging.TryRead(skip, take, await access.UserAsync(context), out var paging, out var problem))
        {
            return problem!;
        }
        var (total, items) = await redirects.GetPageAsync(filter, paging.Skip, paging.Take, ct);
        var cultures = new SiteCultures(await languages.GetAllAsync(ct));
        var snapshot = cache.Current;
        return TypedResults.Ok(new PagedViewModel<RedirectUrlResponseModel>(total, items.Select(r => Model(r, cultures, snapshot, context.Request.PathBase)).ToList()));
    }

    private static async Task<Results<Ok<RedirectUrlResponseModel>, ProblemHttpResult>> GetAsync(
        Guid id, HttpContext context, DocumentAccess access, IRedirectUrlService redirects, IPublishedContentCache cache, ILanguageService languages, CancellationToken ct)
    {
        if (await redirects.GetAsync(id, ct) is not { } redirect)
        {
            return ManagementProblems.NotFound(DocumentOperationText.RedirectNotFound.For(await access.UserAsync(context)));
        }
        return TypedResults.Ok(Model(redirect, new SiteCultures(await languages.GetAllAsync(ct)), cache.Current, context.Request.PathBase));
    }

    private static async Task<Results<Ok, ProblemHttpResult>> DeleteAsync(Guid id, HttpContext context, DocumentAccess access, IRedirectUrlService redirects, CancellationToken ct) =>
        await redirects.DeleteAsync(id, ct)
            ? ManagementResults.EmptyOk(context)
            : ManagementProblems.NotFound(DocumentOperationText.RedirectNotFound.For(await access.UserAsync(context)));

    private static async Task<Ok<RedirectUrlStatusResponseModel>> StatusAsync(HttpContext context, DocumentAccess access) =>
        TypedResults.Ok(new RedirectUrlStatusResponseModel("Enabled", (await access.UserAsync(context)).IsAdmin));

    private static RedirectUrlResponseModel Model(RedirectUrl redirect, SiteCultures cultures, PublishedSnapshot snapshot, PathString pathBase)
    {
        var culture = redirect.Culture.Length == 0 ? cultures.Default : redirect.Culture;
        var now = snapshot.GetByKey(redirect.ContentKey)?.GetRoute(culture);
        return new RedirectUrlResponseModel(redirect.Id, pathBase.Add(cultures.Url(culture, redirect.OldRoute)).Value!,
            now is null ? "" : pathBase.Add(cultures.Url(culture, now)).Value!, DocumentItemShapes.Utc(redirect.CreateDate),
            new ReferenceByIdModel(redirect.ContentKey), redirect.Culture.Length == 0 ? null : redirect.Culture);
    }
}
