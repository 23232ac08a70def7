using Hangfire.AspNetCore;
using Hangfire.Logging;

namespace QaBot.Host.Jobs;

/// <summary>
/// Hangfire's logs through the host's logging. Hangfire keeps one log provider per process, so when several hosts share
/// a process (the integration tests run many), one may still be handed the provider of a host already disposed: that
/// host's loggers are gone, and Hangfire logs nothing rather than failing the start of the live one.
/// </summary>
internal sealed class HostLogProvider(ILoggerFactory loggerFactory) : ILogProvider
{
    private readonly AspNetCoreLogProvider _inner = new(loggerFactory);

    public ILog GetLogger(string name)
    {
        try
        {
            return _inner.GetLogger(name);
        }
        catch (ObjectDisposedException)
        {
            return Silent.Instance;
        }
    }

    private sealed class Silent : ILog
    {
        public static readonly Silent Instance = new();

        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}
