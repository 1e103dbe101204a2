using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace SelfHelp.Web.ManagementApi.Security;

/// <summary>
/// The Management API's authorization policies: every operation needs a back office user with a section; each
/// family of operations needs its section (Umbraco's <c>SectionAccess*</c> policies). Finer checks (a verb on a
/// document, a culture) are made by the operation against <see cref="BackOfficeUser"/>.
/// </summary>
public static class BackOfficePolicies
{
    /// <summary>The authentication scheme of back office tokens.</summary>
    public static string Scheme => IdentityConstants.BearerScheme;

    public const string BackOfficeAccess = "BackOffice.Access";
    public const string SectionAccessContent = "BackOffice.Section.Content";
    public const string SectionAccessMedia = "BackOffice.Section.Media";
    public const string SectionAccessSettings = "BackOffice.Section.Settings";
    public const string SectionAccessUsers = "BackOffice.Section.Users";
    public const string SectionAccessForms = "BackOffice.Section.Forms";

    /// <summary>Content or media pickers are used from either section, as in Umbraco's <c>SectionAccessContentOrMedia</c>.</summary>
    public const string SectionAccessContentOrMedia = "BackOffice.Section.ContentOrMedia";

    /// <summary>Types and data types are read by the content and media editors as well as by the Settings section.</summary>
    public const string SectionAccessContentOrMediaOrSettings = "BackOffice.Section.ContentOrMediaOrSettings";

    public static void Add(AuthorizationOptions options)
    {
        void Policy(string name, params string[] sections) => options.AddPolicy(name, p => p
            .AddAuthenticationSchemes(Scheme)
            .RequireAuthenticatedUser()
            .AddRequirements(new SectionRequirement(sections)));
        Policy(BackOfficeAccess);
        Policy(SectionAccessContent, BackOfficeSections.Content);
        Policy(SectionAccessMedia, BackOfficeSections.Media);
        Policy(SectionAccessSettings, BackOfficeSections.Settings);
        Policy(SectionAccessUsers, BackOfficeSections.Users);
        Policy(SectionAccessForms, BackOfficeSections.Forms);
        Policy(SectionAccessContentOrMedia, BackOfficeSections.Content, BackOfficeSections.Media);
        Policy(SectionAccessContentOrMediaOrSettings, BackOfficeSections.Content, BackOfficeSections.Media, BackOfficeSections.Settings);
    }
}

/// <summary>A back office user with any of <see cref="Sections"/> (with none listed: any section at all).</summary>
internal sealed record SectionRequirement(IReadOnlyList<string> Sections) : IAuthorizationRequirement;

// A singleton (the authorization service is consumed by singletons): the request's own scope gives the user accessor.
internal sealed class SectionRequirementHandler(IHttpContextAccessor http) : AuthorizationHandler<SectionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, SectionRequirement requirement)
    {
        if (http.HttpContext is not { } request
            || await request.RequestServices.GetRequiredService<IBackOfficeUserAccessor>().GetCurrentAsync(request) is not { } user)
        {
            return;
        }
        var allowed = requirement.Sections.Count == 0 ? user.AllowedSections.Count > 0 : requirement.Sections.Any(user.AllowedSections.Contains);
        if (allowed)
        {
            context.Succeed(requirement);
        }
    }
}
