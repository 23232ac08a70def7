using Microsoft.Extensions.Configuration;

namespace QaBot.Host.Cli;

/// <summary>
/// Finds <c>config/</c>: <c>QABOT_CONFIG_DIR</c>, else <c>./config</c> (a clone, where edits apply without a rebuild),
/// else the copy shipped beside the executable.
/// </summary>
public static class ConfigLocation
{
    public static string Directory { get; } = Resolve();

    public static string PathOf(params string[] parts) => Path.Combine([Directory, .. parts]);

    public static void AddQaBotConfiguration(this IConfigurationManager configuration, IEnumerable<string> configArgs, string environment)
    {
        configuration.Sources.Clear();
        configuration
            // Paths that live in config/ default to the config folder found, wherever the process was started.
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Rules:Directory"] = PathOf("rules"),
                ["Scoring:ModelsDirectory"] = PathOf("models"),
                ["Scoring:TrainingDirectory"] = PathOf("training"),
            })
            .AddJsonFile(PathOf("appsettings.json"), optional: false, reloadOnChange: false)
            .AddJsonFile(PathOf($"appsettings.{environment}.json"), optional: true, reloadOnChange: false)
            .AddEnvironmentVariables()
            .AddCommandLine([.. configArgs]);
    }

    private static string Resolve()
    {
        if (Environment.GetEnvironmentVariable("QABOT_CONFIG_DIR") is { Length: > 0 } explicitDir)
        {
            return Path.GetFullPath(explicitDir);
        }

        var local = Path.GetFullPath("config");
        return File.Exists(Path.Combine(local, "appsettings.json")) ? local : Path.Combine(AppContext.BaseDirectory, "config");
    }
}
