using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SelfHelp.Core.Startup;

namespace SelfHelp.Core.Vocabulary;

/// <summary>Registers the site's vocabulary: the facets bound from <c>SelfHelp:Vocabulary</c>, checked at start.</summary>
public static class VocabularyBuilderExtensions
{
    public static IHostApplicationBuilder AddVocabulary(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<VocabularyOptions>().Bind(builder.Configuration.GetSection(VocabularyOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<VocabularyOptions>, VocabularyOptionsValidator>();
        services.AddSingleton<ISiteVocabulary, SiteVocabulary>();
        services.AddSingleton<IStartupStep, VocabularyCheckStep>();
        return builder;
    }
}
