using SelfHelp.Core.Forms;
using SelfHelp.Web.Forms.Api;
using SelfHelp.Web.Forms.Protection;
using SelfHelp.Web.Forms.Rendering;
using SelfHelp.Web.Forms.Staff;

namespace SelfHelp.Web.Forms;

/// <summary>Registers and maps forms on the site: page posts and the tag helper, the headless API, rate limits, and the staff API for entries and records.</summary>
public static class FormsBuilderExtensions
{
    public static IHostApplicationBuilder AddForms(this IHostApplicationBuilder builder)
    {
        builder.AddFormsEngine();
        var services = builder.Services;
        services.AddOptions<FormsSecurityOptions>().Bind(builder.Configuration.GetSection(FormsSecurityOptions.SectionName));
        services.AddSingleton<FormViewModelBuilder>();
        services.AddSingleton<FormDtoBuilder>();
        services.AddFormsRateLimiting(builder.Configuration);
        services.AddAntiforgery();
        services.AddOpenApi(FormsApiOpenApi.DocumentName, FormsApiOpenApi.Configure);

        services.AddSingleton<RecordMasking>();
        return builder;
    }

    public static IEndpointRouteBuilder MapForms(this IEndpointRouteBuilder app)
    {
        app.MapControllerRoute("selfhelp-forms", "{**path}", new { controller = "FormSurface", action = nameof(FormSurfaceController.Submit) });
        app.MapFormsDeliveryApi();
        app.MapStaffApi();
        return app;
    }
}
