namespace SelfHelp.Web.Forms.Api;

/// <summary>Umbraco Forms' security settings for its API (<c>Umbraco:Forms:Security</c>), with its key names.</summary>
public sealed class FormsSecurityOptions
{
    public const string SectionName = "Umbraco:Forms:Security";

    /// <summary>Browser calls must send the antiforgery token (Umbraco's default: true).</summary>
    public bool EnableAntiForgeryTokenForFormsApi { get; set; } = true;

    /// <summary>Server-to-server calls send this in an <c>Api-Key</c> header instead of a token; empty means no key is accepted.</summary>
    public string FormsApiKey { get; set; } = "";
}
