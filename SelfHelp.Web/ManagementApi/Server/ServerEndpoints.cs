using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using SelfHelp.Core.Languages;
using SelfHelp.Core.Persistence;
using SelfHelp.Web.ManagementApi.Security;
using Umbraco.Cms.Core.Configuration.Models;

namespace SelfHelp.Web.ManagementApi.Server;

/// <summary>
/// <c>server/*</c>: status and configuration are anonymous, as in Umbraco (the client reads them before sign-in);
/// information needs a back office user and troubleshooting the Settings section.
/// </summary>
public static class ServerEndpoints
{
    public static RouteGroupBuilder MapServerEndpoints(this RouteGroupBuilder v1)
    {
        var server = v1.MapGroup("server").WithTags("Server");
        server.MapGet("status", GetStatus).AllowAnonymous();
        server.MapGet("configuration", GetConfiguration).AllowAnonymous();
        server.MapGet("information", GetInformation);
        server.MapGet("troubleshooting", GetTroubleshooting).RequireAuthorization(BackOfficePolicies.SectionAccessSettings);
        return v1;
    }

    // The host answers only once every start-up step has run, so a served request always sees Umbraco's "Run" level.
    private static Ok<ServerStatusResponseModel> GetStatus() => TypedResults.Ok(new ServerStatusResponseModel("Run"));

    // No version check against umbraco.com (SelfHelp is not Umbraco), hence a period of 0, which the client reads as "never".
    private static Ok<ServerConfigurationResponseModel> GetConfiguration() =>
        TypedResults.Ok(new ServerConfigurationResponseModel(AllowPasswordReset: false, VersionCheckPeriod: 0, AllowLocalLogin: true, UmbracoCssPath: "/css"));

    private static Ok<ServerInformationResponseModel> GetInformation(IConfiguration configuration) =>
        TypedResults.Ok(new ServerInformationResponseModel(
            ContractVersion(), typeof(ServerEndpoints).Assembly.GetName().Version?.ToString() ?? "0.0.0.0",
            TimeZoneInfo.Local.BaseUtcOffset.ToString(), RuntimeMode(configuration)));

    private static async Task<Ok<ServerTroubleshootingResponseModel>> GetTroubleshooting(
        ILanguageService languages, IOptions<DatabaseOptions> database, IHostEnvironment environment, CancellationToken cancellationToken)
    {
        var defaultLanguage = await languages.GetDefaultAsync(cancellationToken);
        return TypedResults.Ok(new ServerTroubleshootingResponseModel(
        [
            new("Server OS", RuntimeInformation.OSDescription),
            new("Server Framework", RuntimeInformation.FrameworkDescription),
            new("Default Language", defaultLanguage.IsoCode),
            new("Umbraco Version", ContractVersion()),
            new("SelfHelp Version", typeof(ServerEndpoints).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown"),
            new("Current Culture", CultureInfo.CurrentCulture.Name),
            new("Current UI Culture", CultureInfo.CurrentUICulture.Name),
            new("Environment", environment.EnvironmentName),
            new("Database Provider", database.Value.IsSqlite ? "SQLite" : "PostgreSQL"),
        ]));
    }

    /// <summary>The version of Umbraco's contracts SelfHelp reproduces: the Umbraco.Cms.Core package it builds on, without build metadata.</summary>
    private static string ContractVersion()
    {
        var informational = typeof(UnattendedSettings).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        return informational.Split('+')[0];
    }

    /// <summary>Umbraco's <c>Umbraco:CMS:Runtime:Mode</c>, by default BackofficeDevelopment as in Umbraco.</summary>
    private static string RuntimeMode(IConfiguration configuration) =>
        configuration.GetSection(Umbraco.Cms.Core.Constants.Configuration.ConfigRuntime).Get<RuntimeSettings>()?.Mode.ToString() ?? "BackofficeDevelopment";
}
