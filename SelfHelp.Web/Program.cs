using SelfHelp.Core;
using SelfHelp.Core.DemoContent;
using SelfHelp.Core.Sync;
using SelfHelp.Web.DeliveryApi;
using SelfHelp.Web.Forms;
using SelfHelp.Web.Health;
using SelfHelp.Web.Site;

var builder = WebApplication.CreateBuilder(args);

builder.AddSelfHelpCore();
builder.AddUSync();
builder.AddDemoContent();
builder.AddSelfHelpHealthChecks();
builder.AddSelfHelpSite();
builder.AddDeliveryApi();
builder.AddForms();

var app = builder.Build();

app.MapStaticAssets();
app.MapHealthChecks("/healthz");
app.MapDeliveryApi();
app.MapForms();
app.MapSelfHelpSite();

app.Run();

/// <summary>The host's entry point; public so integration tests can start the real host with WebApplicationFactory.</summary>
public partial class Program;
