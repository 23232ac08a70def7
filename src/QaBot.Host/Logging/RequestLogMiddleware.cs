using System.Diagnostics;
using System.Text;

namespace QaBot.Host.Logging;

/// <summary>
/// One line per request, in place of ASP.NET Core's own request logs (which print the query string as sent, and with
/// it <c>?token=</c> secrets of the Chatwoot webhook and the dashboard): method, path, the query with every value
/// replaced by <c>***</c>, status and time. Information level (Debug for /health, /alive and /metrics), category
/// <c>QaBot.Host.Requests</c>.
/// </summary>
internal sealed partial class RequestLogMiddleware(RequestDelegate next, ILoggerFactory loggers)
{
    /// <summary>ASP.NET Core's request start/finish lines, silenced in favour of this one.</summary>
    public const string HostingDiagnosticsCategory = "Microsoft.AspNetCore.Hosting.Diagnostics";

    private readonly ILogger _logger = loggers.CreateLogger("QaBot.Host.Requests");

    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var request = context.Request;
            // Probes and scrapes every few seconds would drown the log: Debug for them.
            var probe = request.Path.StartsWithSegments("/health") || request.Path.StartsWithSegments("/alive") || request.Path.StartsWithSegments("/metrics");
            if (_logger.IsEnabled(probe ? LogLevel.Debug : LogLevel.Information))
            {
                LogRequest(_logger, probe ? LogLevel.Debug : LogLevel.Information, request.Method, $"{request.PathBase}{request.Path}", Redact(request.QueryString), context.Response.StatusCode,
                    Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }
    }

    /// <summary>"?token=s3cret&amp;page=2" → "?token=***&amp;page=***": names stay for diagnosis, no value is ever logged.</summary>
    public static string Redact(QueryString query)
    {
        if (!query.HasValue || query.Value!.Length <= 1)
        {
            return string.Empty;
        }

        var redacted = new StringBuilder("?");
        foreach (var pair in query.Value[1..].Split('&'))
        {
            if (redacted.Length > 1)
            {
                redacted.Append('&');
            }

            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            redacted.Append(equals < 0 ? pair : pair[..equals]).Append("=***");
        }

        return redacted.ToString();
    }

    [LoggerMessage(Message = "HTTP {Method} {Path}{Query} answered {Status} in {Milliseconds:F1} ms")]
    private static partial void LogRequest(ILogger logger, LogLevel level, string method, string path, string query, int status, double milliseconds);
}
