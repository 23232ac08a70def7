using System.CommandLine;

namespace QaBot.Host.Cli;

/// <summary>What every verb's action needs from the command line beyond its own options: the configuration it runs with.</summary>
internal sealed class VerbContext(IReadOnlyList<string> overrides)
{
    /// <summary>The configuration arguments of this run: host options given to the verb, then <c>--Section:Key=value</c> overrides.</summary>
    public List<string> ConfigArgs(ParseResult parse) => ConfigArguments.Of(parse, overrides);

    /// <summary>The verb's services on this run's configuration, with <paramref name="defaults"/> first so the command line wins.</summary>
    public IHost Host(ParseResult parse, IEnumerable<string>? defaults = null) =>
        QaBotCli.BuildVerbHost([.. defaults ?? [], .. ConfigArgs(parse)]);
}
