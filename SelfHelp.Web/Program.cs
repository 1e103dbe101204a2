using SelfHelp.Core;
using SelfHelp.Core.DemoContent;
using SelfHelp.Core.Search;
using SelfHelp.Core.Sync;
using SelfHelp.Web.Api;
using SelfHelp.Web.BackOffice;
using SelfHelp.Web.DeliveryApi;
using SelfHelp.Web.Errors;
using SelfHelp.Web.Forms;
using SelfHelp.Web.Health;
using SelfHelp.Web.ManagementApi;
using SelfHelp.Web.MediaFiles;
using SelfHelp.Web.Search;
using SelfHelp.Web.Security;
using SelfHelp.Web.Security.Login;
using SelfHelp.Web.Site;

var builder = WebApplication.CreateBuilder(args);

builder.AddErrors();
builder.AddApiConventions();
builder.AddSelfHelpCore();
builder.AddSearch(); // after the core: its index handlers read the published cache its refresher has just updated
builder.AddUSync();
builder.AddDemoContent();
builder.AddSelfHelpHealthChecks();
builder.AddSelfHelpSite();
builder.AddDeliveryApi();
builder.AddSelfHelpSecurity();
builder.AddManagementApi();
builder.AddBackOffice();
builder.AddMediaFiles();
builder.AddForms();
builder.AddSearchApi();
builder.AddSearchPage();

var app = builder.Build();

app.UseHeadWithoutBody();
app.UseErrors();
app.UseHttpsOutsideDevelopment();
app.UseSecurityHeaders();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.UseOutputCache();

var endpoints = app.MapEndpointsAnsweringHead();
endpoints.MapStaticAssets();
endpoints.MapHealthChecks("/healthz");
endpoints.MapApiNotFound();
endpoints.MapDeliveryApi();
endpoints.MapStaffLogin();
endpoints.MapManagementApi();
endpoints.MapBackOffice();
endpoints.MapMediaFiles();
endpoints.MapForms();
endpoints.MapSearchApi();
endpoints.MapSearchPage();
endpoints.MapSelfHelpSite();

app.Run();

/// <summary>The host's entry point; public so integration tests can start the real host with WebApplicationFactory.</summary>
public partial class Program;
