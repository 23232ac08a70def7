using System.CommandLine;

namespace QaBot.Host.Cli;

/// <summary>
/// Configuration on the command line (DESIGN §7): <c>--Section:Key=value</c> (or <c>--Section:Key value</c>) overrides
/// any setting of any verb, and the ASP.NET Core host options (<c>--urls</c>, <c>--environment</c> …) work as in
/// every ASP.NET Core app. Overrides are taken out before the verb's own options are parsed; host options are typed
/// options of the verbs they apply to, listed in their <c>--help</c>, and handed to the host as configuration.
/// </summary>
internal static class ConfigArguments
{
    /// <summary>The host options every verb takes (they choose the configuration files read).</summary>
    public static readonly Option<string?>[] Common =
    [
        Host("--environment", "the hosting environment: also reads config/appsettings.{ENV}.json (default Production)", "ENV"),
        Host("--contentRoot", "the content root of the host", "DIR"),
    ];

    /// <summary>The web host options of <c>run</c>.</summary>
    public static readonly Option<string?>[] Web =
    [
        Host("--urls", "where the service listens, e.g. http://0.0.0.0:8080;http://localhost:5000", "URLS"),
        Host("--http_ports", "HTTP ports to listen on, on every address", "PORTS"),
        Host("--https_ports", "HTTPS ports to listen on, on every address", "PORTS"),
        Host("--shutdownTimeoutSeconds", "seconds the service waits for running work to stop on shutdown", "N"),
        Host("--applicationName", "the application name", "NAME"),
        Host("--webroot", "the web root folder", "DIR"),
        Host("--detailedErrors", "detailed start-up errors (true|false)", "BOOL"),
        Host("--preventHostingStartup", "skip hosting-startup assemblies (true|false)", "BOOL"),
        Host("--hostingStartupAssemblies", "hosting-startup assemblies to load", "NAMES"),
        Host("--hostingStartupExcludeAssemblies", "hosting-startup assemblies not to load", "NAMES"),
        Host("--suppressStatusMessages", "no start-up status messages (true|false)", "BOOL"),
    ];

    /// <summary>Splits <paramref name="args"/> into the verb's own arguments and the configuration overrides.</summary>
    public static (List<string> VerbArgs, List<string> Overrides) Split(IReadOnlyList<string> args)
    {
        var verbArgs = new List<string>(args.Count);
        var overrides = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            var name = arg.StartsWith("--", StringComparison.Ordinal) ? arg[2..].Split('=', 2)[0] : string.Empty;
            if (!name.Contains(':', StringComparison.Ordinal))
            {
                verbArgs.Add(arg);
            }
            else if (arg.Contains('=', StringComparison.Ordinal))
            {
                overrides.Add(arg);
            }
            else if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                overrides.Add($"{arg}={args[++i]}");
            }
            else
            {
                throw new UsageException($"{arg} needs a value: {arg}=VALUE");
            }
        }

        return (verbArgs, overrides);
    }

    /// <summary>The overrides, after the host options given to the verb (an explicit <c>--Section:Key</c> wins).</summary>
    public static List<string> Of(ParseResult parse, IReadOnlyList<string> overrides)
    {
        var config = new List<string>();
        foreach (var option in Common.Concat(Web))
        {
            if (parse.GetResult(option) is { Implicit: false } && parse.GetValue(option) is { } value)
            {
                config.Add($"{option.Name}={value}");
            }
        }

        config.AddRange(overrides);
        return config;
    }

    private static Option<string?> Host(string name, string description, string helpName) => new(name)
    {
        Description = description,
        HelpName = helpName,
        Recursive = false,
    };
}
