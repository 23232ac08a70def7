using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using QaBot.Core.Abstractions;
using QaBot.Core.Definitions;
using QaBot.Infrastructure.Options;
using QaBot.Infrastructure.Scoring;

namespace QaBot.Infrastructure.Quality;

public static class QualityRegistration
{
    /// <summary>Checks, models and the background scorer. Models load at first use and fail naming the missing file.</summary>
    public static IServiceCollection AddQaBotQuality(this IServiceCollection services)
    {
        services.AddValidatedOptions<RulesOptions>(RulesOptions.SectionName);
        services.AddValidatedOptions<ScoringOptions>(ScoringOptions.SectionName);
        services.AddSingleton<ILanguageDetector, LinguaLanguageDetector>();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ScoringOptions>>().Value;
            return new MlMessageScorer(options.PolitenessModelPath, options.SalesIntentModelPath);
        });
        services.AddSingleton<IMessageScorer>(sp => sp.GetRequiredService<MlMessageScorer>());
        services.AddSingleton(sp => new ChatQuality(
            sp.GetRequiredService<IOptions<RulesOptions>>(),
            sp.GetRequiredService<IMessageScorer>(),
            sp.GetRequiredService<DefinitionSettings>(),
            sp.GetRequiredService<ILanguageDetector>()));
        services.AddHostedService<ChatQualityWorker>();
        return services;
    }
}
