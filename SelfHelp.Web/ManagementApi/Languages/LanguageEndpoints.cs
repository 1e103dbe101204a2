using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SelfHelp.Core.Languages;
using SelfHelp.Web.ManagementApi.Common;
using SelfHelp.Web.ManagementApi.Security;

namespace SelfHelp.Web.ManagementApi.Languages;

/// <summary>
/// <c>language</c> and <c>item/language</c>: any back office user reads the languages (the editor needs them); the
/// Settings section creates, changes and deletes them through the engine, which writes the uSync file.
/// </summary>
public static partial class LanguageEndpoints
{
    private const string Route = "/umbraco/management/api/v1/language";

    public static RouteGroupBuilder MapLanguageEndpoints(this RouteGroupBuilder v1)
    {
        v1.MapGet("language", GetAll).WithTags("Language");
        v1.MapGet("language/{isoCode}", GetByIsoCode).WithTags("Language");
        v1.MapGet("item/language", GetItems).WithTags("Language");
        v1.MapGet("item/language/default", GetDefault).WithTags("Language");
        var settings = v1.MapGroup("language").WithTags("Language").RequireAuthorization(BackOfficePolicies.SectionAccessSettings);
        settings.MapPost("", Create);
        settings.MapPut("{isoCode}", Update);
        settings.MapDelete("{isoCode}", Delete);
        return v1;
    }

    private static async Task<Ok<PagedViewModel<LanguageResponseModel>>> GetAll(ILanguageService languages, int? skip, int? take, CancellationToken cancellationToken)
    {
        var all = await languages.GetAllAsync(cancellationToken);
        return TypedResults.Ok(new PagedViewModel<LanguageResponseModel>(all.Count, [.. all.Skip(Math.Max(0, skip ?? 0)).Take(Math.Clamp(take ?? 100, 0, 1000)).Select(Detail)]));
    }

    private static async Task<Results<Ok<LanguageResponseModel>, ProblemHttpResult>> GetByIsoCode(HttpContext context, string isoCode, ILanguageService languages, CancellationToken cancellationToken) =>
        await languages.GetAsync(isoCode, cancellationToken) is { } language ? TypedResults.Ok(Detail(language)) : ManagementProblems.NotFound(LanguagesText.NotFound(context));

    private static async Task<Ok<LanguageItemResponseModel[]>> GetItems([FromQuery(Name = "isoCode")] string[]? isoCodes, ILanguageService languages, CancellationToken cancellationToken)
    {
        var wanted = (isoCodes ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return TypedResults.Ok((await languages.GetAllAsync(cancellationToken)).Where(l => wanted.Contains(l.IsoCode)).Select(Item).ToArray());
    }

    private static async Task<Ok<LanguageItemResponseModel>> GetDefault(ILanguageService languages, CancellationToken cancellationToken) =>
        TypedResults.Ok(Item(await languages.GetDefaultAsync(cancellationToken)));

    private static async Task<IResult> Create(HttpContext context, LanguageRequestModel request, ILanguageService languages, CancellationToken cancellationToken)
    {
        var errors = Check(context, request, checkIsoCode: true);
        var all = await languages.GetAllAsync(cancellationToken);
        if (request.IsoCode is { } iso && all.Any(l => string.Equals(l.IsoCode, iso, StringComparison.OrdinalIgnoreCase)))
        {
            errors["$.isoCode"] = [LanguagesText.Duplicate(context)];
        }
        if (errors.Count > 0)
        {
            return ManagementProblems.Validation(errors, LanguagesText.Invalid(context), operationStatus: "InvalidRequest");
        }
        var language = new Language(Guid.NewGuid(), CanonicalIsoCode(request.IsoCode!), request.Name!.Trim(), request.IsDefault, request.IsMandatory);
        await languages.SaveAsync(language, cancellationToken);
        context.Response.Headers[ManagementResults.GeneratedResourceHeader] = language.IsoCode;
        context.Response.Headers.Location = $"{Route}/{language.IsoCode}";
        context.Response.ContentLength = 0;
        return TypedResults.StatusCode(StatusCodes.Status201Created);
    }

    private static async Task<IResult> Update(HttpContext context, string isoCode, LanguageRequestModel request, ILanguageService languages, CancellationToken cancellationToken)
    {
        if (await languages.GetAsync(isoCode, cancellationToken) is not { } current)
        {
            return ManagementProblems.NotFound(LanguagesText.NotFound(context));
        }
        var errors = Check(context, request, checkIsoCode: false);
        if (current.IsDefault && !request.IsDefault)
        {
            errors["$.isDefault"] = [LanguagesText.DefaultStays(context)];
        }
        if (errors.Count > 0)
        {
            return ManagementProblems.Validation(errors, LanguagesText.Invalid(context), operationStatus: "InvalidRequest");
        }
        await languages.SaveAsync(current with { Name = request.Name!.Trim(), IsDefault = request.IsDefault, IsMandatory = request.IsMandatory }, cancellationToken);
        return ManagementResults.EmptyOk(context);
    }

    private static async Task<IResult> Delete(HttpContext context, string isoCode, ILanguageService languages, CancellationToken cancellationToken)
    {
        if (await languages.GetAsync(isoCode, cancellationToken) is not { } language)
        {
            return ManagementProblems.NotFound(LanguagesText.NotFound(context));
        }
        if (language.IsDefault)
        {
            return ManagementProblems.BadRequest(LanguagesText.DefaultCannotBeDeleted(context), null, "CannotDeleteDefaultLanguage");
        }
        await languages.DeleteAsync(language.IsoCode, cancellationToken);
        return ManagementResults.EmptyOk(context);
    }

    private static Dictionary<string, string[]> Check(HttpContext context, LanguageRequestModel request, bool checkIsoCode)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            errors["$.name"] = [LanguagesText.Required(context)];
        }
        if (checkIsoCode && (request.IsoCode is null || !CultureCode().IsMatch(request.IsoCode)))
        {
            errors["$.isoCode"] = [LanguagesText.InvalidIsoCode(context)];
        }
        // The engine has no fallback between languages: saying yes here would promise what the site never does.
        if (!string.IsNullOrEmpty(request.FallbackIsoCode))
        {
            errors["$.fallbackIsoCode"] = [LanguagesText.NoFallback(context)];
        }
        return errors;
    }

    /// <summary>Culture codes as Umbraco writes them: language lower case, region upper case (en-US, zh-HK).</summary>
    private static string CanonicalIsoCode(string isoCode)
    {
        var parts = isoCode.Split('-');
        return string.Join('-', parts.Select((p, i) => i == 0 ? p.ToLowerInvariant() : p.Length == 2 ? p.ToUpperInvariant() : p.Length == 4 ? char.ToUpperInvariant(p[0]) + p[1..].ToLowerInvariant() : p));
    }

    private static LanguageResponseModel Detail(Language language) => new(language.Name, language.IsDefault, language.IsMandatory, null, language.IsoCode);

    private static LanguageItemResponseModel Item(Language language) => new(language.Name, language.IsoCode);

    [GeneratedRegex("^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8}){0,2}$")]
    private static partial Regex CultureCode();
}
