using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SelfHelp.Core.Startup;

namespace SelfHelp.Core.DemoContent;

/// <summary>Registers bilingual demo content, seeded on first start against an empty database.</summary>
public static class DemoContentBuilderExtensions
{
    public static IHostApplicationBuilder AddDemoContent(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DemoContentOptions>()
            .Bind(builder.Configuration.GetSection(DemoContentOptions.Section), o => o.ErrorOnUnknownConfiguration = true)
            .ValidateOnStart();
        builder.Services.AddSingleton<DemoValueConverter>();
        builder.Services.AddSingleton<DemoContentSeeder>();
        builder.Services.AddSingleton<IStartupStep, DemoContentStep>();
        return builder;
    }
}
