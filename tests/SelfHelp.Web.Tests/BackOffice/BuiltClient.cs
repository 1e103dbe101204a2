using SelfHelp.Testing;
using SelfHelp.Web.BackOffice;
using SelfHelp.Web.Tests.Testing;

namespace SelfHelp.Web.Tests.BackOffice;

/// <summary>
/// The back office client as the web project's build made it (<c>SelfHelp.Web/BackOffice/Client/dist</c>): tests that
/// need it skip, saying why, when it was not built (no Node.js and npm, or <c>-p:SkipBackOfficeClient=true</c>).
/// </summary>
public static class BuiltClient
{
    public static string Folder { get; } = Path.Combine(RepositoryFiles.Root, "SelfHelp.Web", "BackOffice", "Client", "dist");

    public static bool IsBuilt => File.Exists(Path.Combine(Folder, ".vite", "manifest.json"));

    public static void SkipUnlessBuilt() =>
        Skip.IfNot(IsBuilt, $"The back office client is not built ({Folder} has no .vite/manifest.json): install Node.js 20+ and npm and build SelfHelp.Web without -p:SkipBackOfficeClient=true.");

    /// <summary>Points the site at the repository's built client.</summary>
    public static SiteSetup WithBuiltClient(this SiteSetup site) =>
        site.With($"{BackOfficeClientOptions.Section}:{nameof(BackOfficeClientOptions.ClientFolder)}", Folder);
}

/// <summary>The site with the repository's built back office client and no content.</summary>
public sealed class BuiltBackOfficeHost : TempSiteHost
{
    protected override void Setup(SiteSetup site) => site.WithBuiltClient();
}

/// <summary>The site whose back office client folder is empty, as on a machine without Node.js and npm.</summary>
public sealed class UnbuiltBackOfficeHost : TempSiteHost
{
    protected override void Setup(SiteSetup site) =>
        site.With($"{BackOfficeClientOptions.Section}:{nameof(BackOfficeClientOptions.ClientFolder)}", Path.Combine(Root, "empty-client"));
}
