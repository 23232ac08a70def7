namespace QaBot.Host.Cli;

/// <summary>
/// <c>qabot &lt;verb&gt; [positional…] [--option value…] [--Section:Key=value…]</c>. Arguments whose name contains a
/// colon are configuration overrides (DESIGN §7: every verb accepts config on the command line); the rest belong
/// to the verb.
/// </summary>
public sealed class CommandLine
{
    /// <summary>The ASP.NET Core host's own command-line options (<c>--urls</c>, <c>--environment</c> …), configuration as well.</summary>
    private static readonly HashSet<string> HostOptions = new(StringComparer.OrdinalIgnoreCase)
    {
        "urls", "environment", "contentRoot", "applicationName", "http_ports", "https_ports", "shutdownTimeoutSeconds",
    };

    private readonly Dictionary<string, string?> _options = new(StringComparer.OrdinalIgnoreCase);

    private CommandLine(string verb)
    {
        Verb = verb;
    }

    public string Verb { get; }

    public List<string> Positional { get; } = [];

    /// <summary>Configuration overrides in the form the command-line configuration provider reads.</summary>
    public List<string> ConfigArgs { get; } = [];

    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        var cl = new CommandLine(args.Count > 0 && !args[0].StartsWith('-') ? args[0].ToLowerInvariant() : "help");
        for (var i = cl.Verb == "help" && (args.Count == 0 || args[0].StartsWith('-')) ? 0 : 1; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                cl.Positional.Add(arg);
                continue;
            }

            var body = arg[2..];
            var eq = body.IndexOf('=', StringComparison.Ordinal);
            var name = eq >= 0 ? body[..eq] : body;
            string? value = eq >= 0 ? body[(eq + 1)..] : null;
            if (value is null && i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                value = args[++i];
            }

            if (name.Contains(':', StringComparison.Ordinal) || HostOptions.Contains(name))
            {
                cl.ConfigArgs.Add($"--{name}={value}");
            }
            else
            {
                cl._options[name] = value;
            }
        }

        return cl;
    }

    public bool Has(string name) => _options.ContainsKey(name);

    public string? Option(string name) => _options.TryGetValue(name, out var v) ? v : null;

    public int IntOption(string name, int fallback) =>
        Option(name) is { } v ? (int.TryParse(v, out var i) ? i : throw new UsageException($"--{name} must be a whole number, got '{v}'")) : fallback;

    public string RequirePositional(int index, string what) =>
        index < Positional.Count ? Positional[index] : throw new UsageException($"missing {what}");

    /// <summary>Rejects options the verb does not know, so a typo is not silently ignored.</summary>
    public void AllowOnly(params string[] names)
    {
        var unknown = _options.Keys.Where(k => !names.Contains(k, StringComparer.OrdinalIgnoreCase)).ToList();
        if (unknown.Count > 0)
        {
            throw new UsageException($"unknown option(s) for '{Verb}': {string.Join(", ", unknown.Select(u => "--" + u))}");
        }
    }
}
