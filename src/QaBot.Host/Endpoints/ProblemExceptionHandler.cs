using System.Data.Common;
using System.Net.Sockets;
using Microsoft.AspNetCore.Diagnostics;

namespace QaBot.Host.Endpoints;

/// <summary>
/// The one place where an exception becomes a response (STYLE §8): a database that is down, frozen or refusing
/// connections is a 503 with <c>Retry-After</c> (the sender retries; nothing was half-written, the upsert is one
/// transaction); a client that stopped sending is one log line and a 408 (or Kestrel's 4xx); anything else is a 500
/// problem document. None carries a stack trace or an exception message.
/// </summary>
internal sealed partial class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    /// <summary>Seconds a client is asked to wait before retrying while the database is unavailable.</summary>
    public const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (ClientDisconnect.Reason(exception, httpContext) is { } reason)
        {
            // The client stopped sending (too slowly, or hung up): one line, and an answer in case it still listens.
            httpContext.Response.StatusCode = ClientDisconnect.Status(exception);
            LogClientGone(logger, httpContext.Request.Path, reason, httpContext.Response.StatusCode);
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = httpContext,
                ProblemDetails = { Status = httpContext.Response.StatusCode, Title = "Request incomplete", Detail = reason },
            });
        }

        var unavailable = IsUnavailable(exception);
        if (unavailable)
        {
            LogUnavailable(logger, httpContext.Request.Path, exception.GetType().Name, exception.Message);
            httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        else
        {
            httpContext.Response.StatusCode = StatusCodes.Status500InternalServerError;
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = httpContext.Response.StatusCode,
                Title = unavailable ? "The database is unavailable" : "Internal error",
                Detail = unavailable
                    ? $"Nothing was stored. Retry in {RetryAfterSeconds} s."
                    : "The request failed; nothing was half-written. The server log has the details.",
            },
        });
    }

    private static bool IsUnavailable(Exception exception) => exception switch
    {
        StoreUnavailableException or DbException { IsTransient: true } or SocketException or TimeoutException => true,
        _ when exception.InnerException is { } inner => IsUnavailable(inner),
        _ => false,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "{Path}: request incomplete ({Reason}), answered {Status}")]
    private static partial void LogClientGone(ILogger logger, PathString path, string reason, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Path}: database unavailable, answered 503 ({Error}: {Reason})")]
    private static partial void LogUnavailable(ILogger logger, PathString path, string error, string reason);
}
