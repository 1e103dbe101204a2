using SelfHelp.Core.Languages;
using SelfHelp.Core.PublishedCache;
using SelfHelp.Web.ManagementApi.Preview;
using SelfHelp.Web.ManagementApi.Security;
using SelfHelp.Web.Site;

namespace SelfHelp.Web.ManagementApi.DocumentOperations;

/// <summary>Umbraco's <c>DocumentUrlInfoResponseModel</c>: a document's URLs, one per culture it is live in.</summary>
public sealed record DocumentUrlInfoResponseModel(Guid Id, IReadOnlyList<DocumentUrlInfoModel> UrlInfos);

/// <summary>
/// <c>document/urls?id=…</c>: each document's public URL per culture from the live site's routes (the site's scheme:
/// the default culture at the root, others under their ISO code). Documents the user may not read are left out.
/// </summary>
internal static class DocumentUrlEndpoints
{
    public static void Map(RouteGroupBuilder content) =>
        content.MapGet("/document/urls", UrlsAsync).WithTags("Document");

    private static async Task<IResult> UrlsAsync(
        Guid[]? id, HttpContext context, DocumentAccess access, IPublishedContentCache cache, ILanguageService languages, CancellationToken ct)
    {
        var cultures = new SiteCultures(await languages.GetAllAsync(ct));
        var snapshot = cache.Current;
        var answers = new List<DocumentUrlInfoResponseModel>();
        foreach (var key in (id ?? []).Distinct())
        {
            if (!(await access.DocumentAsync(context, key, DocumentPermissions.Read, trashed: null, ct)).Allowed)
            {
                continue;
            }
            answers.Add(new DocumentUrlInfoResponseModel(key, UrlInfos(snapshot.GetByKey(key), cultures, context.Request.PathBase)));
        }
        return TypedResults.Ok(answers);
    }

    private static IReadOnlyList<DocumentUrlInfoModel> UrlInfos(PublishedContent? live, SiteCultures cultures, PathString pathBase) =>
        live is null
            ? []
            : cultures.All.Where(live.IsVisibleIn).Select(culture => new DocumentUrlInfoModel(
                live.VariesByCulture ? culture : null, pathBase.Add(cultures.Url(culture, live.GetRoute(culture)!)).Value, null, PreviewEndpoints.UrlProvider)).ToList();
}
