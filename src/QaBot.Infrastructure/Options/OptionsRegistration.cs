using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace QaBot.Infrastructure.Options;

public static class OptionsRegistration
{
    /// <summary>Binds a section, validates its annotations (failures name the key) and validates again at start.</summary>
    public static OptionsBuilder<TOptions> AddValidatedOptions<TOptions>(this IServiceCollection services, string section)
        where TOptions : class
    {
        services.AddSingleton<IValidateOptions<TOptions>>(new KeyedDataAnnotationsValidator<TOptions>(section));
        return services.AddOptions<TOptions>().BindConfiguration(section).ValidateOnStart();
    }
}
