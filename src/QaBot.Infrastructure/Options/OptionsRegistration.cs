using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace QaBot.Infrastructure.Options;

public static class OptionsRegistration
{
    /// <summary>
    /// Binds a section, validates its values and annotations (failures name the key) and validates again at start. A value
    /// that cannot be converted is reported by the validator: binding it would throw before any validator runs.
    /// </summary>
    public static OptionsBuilder<TOptions> AddValidatedOptions<TOptions>(this IServiceCollection services, string section)
        where TOptions : class
    {
        services.AddSingleton<IValidateOptions<TOptions>>(sp => new KeyedDataAnnotationsValidator<TOptions>(section, sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton<IOptionsChangeTokenSource<TOptions>>(sp => new ConfigurationChangeTokenSource<TOptions>(Microsoft.Extensions.Options.Options.DefaultName, sp.GetRequiredService<IConfiguration>()));
        return services.AddOptions<TOptions>()
            .Configure<IConfiguration>((options, configuration) => BindConvertible(configuration.GetSection(section), options))
            .ValidateOnStart();
    }

    /// <summary>
    /// A section's values as registration sees them, to choose adapters (SQLite or PostgreSQL, Telegram or the console)
    /// before the start validation runs: a value that cannot be converted leaves the defaults, and the validation then
    /// stops the start naming it.
    /// </summary>
    public static TOptions Peek<TOptions>(this IConfiguration configuration, string section)
        where TOptions : class, new()
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new TOptions();
        BindConvertible(configuration.GetSection(section), options);
        return options;
    }

    private static void BindConvertible<TOptions>(IConfigurationSection section, TOptions options)
        where TOptions : class
    {
        if (ConfigurationValueCheck.Failures(section, typeof(TOptions)).Count == 0)
        {
            section.Bind(options);
        }
    }
}
