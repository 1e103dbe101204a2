using SelfHelp.Testing;

namespace SelfHelp.Web.Tests.Testing;

/// <summary>
/// What a <see cref="TempSiteHost"/> starts with: the shipped uSync files or none, demo content, an environment, and
/// settings (configuration keys as in appsettings.json), with a helper per group of settings the hosts share.
/// </summary>
public sealed class SiteSetup
{
    /// <summary>Import a copy of the repository's <c>uSync/v17</c> (types, dictionary, forms) instead of an empty folder.</summary>
    public bool ShippedUSync { get; set; }

    public bool DemoContent { get; set; }

    /// <summary>The host environment; Development (the test host's default) when not set.</summary>
    public string? Environment { get; set; }

    public Dictionary<string, string?> Settings { get; } = [];

    public SiteSetup With(string key, string? value)
    {
        Settings[key] = value;
        return this;
    }

    /// <summary>Settings under <c>Umbraco:CMS:DeliveryApi</c>, e.g. <c>["Media:Enabled"] = "true"</c>.</summary>
    public SiteSetup WithDeliveryApi(IEnumerable<KeyValuePair<string, string>> settings)
    {
        foreach (var (key, value) in settings)
        {
            With("Umbraco:CMS:DeliveryApi:" + key, value);
        }
        return this;
    }

    /// <summary>The Delivery API and its media endpoints open to the public, as the shipped appsettings.json has them.</summary>
    public SiteSetup WithPublicDeliveryApi() => WithDeliveryApi(new Dictionary<string, string>
    {
        ["Enabled"] = "true",
        ["PublicAccess"] = "true",
        ["Media:Enabled"] = "true",
        ["Media:PublicAccess"] = "true",
    });

    /// <summary>Every email the site sends goes to <paramref name="smtp"/>.</summary>
    public SiteSetup WithSmtp(LoopbackSmtpServer smtp) =>
        With("SelfHelp:Smtp:Host", "127.0.0.1").With("SelfHelp:Smtp:Port", smtp.Port.ToString()).With("SelfHelp:Smtp:Security", "None");

    /// <summary>
    /// The forms as a test drives them: the headless API on with an API key, the workflows' named recipients, and
    /// <paramref name="permitLimit"/> posts per client per minute (every test client posts from loopback).
    /// </summary>
    public SiteSetup WithForms(string apiKey, int permitLimit) =>
        With("Umbraco:Forms:Options:EnableFormsApi", "true")
            .With("Umbraco:Forms:Security:FormsApiKey", apiKey)
            .With("SelfHelp:Forms:Recipients:moderators", "stories@selfhelp.example")
            .With("SelfHelp:Forms:Recipients:coordinators", "volunteers@selfhelp.example")
            .With("SelfHelp:Forms:Recipients:relay", "relay@selfhelp.example")
            .With("SelfHelp:Forms:RateLimit:PermitLimit", permitLimit.ToString());
}
