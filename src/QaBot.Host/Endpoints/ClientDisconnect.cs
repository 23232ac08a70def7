using Microsoft.AspNetCore.Connections;

namespace QaBot.Host.Endpoints;

/// <summary>
/// Exceptions that mean the client, not QaBot, stopped the request: a body arriving below Kestrel's
/// MinRequestBodyDataRate, a connection closed or reset halfway through the body. They are worth one log line, not a
/// stack trace.
/// </summary>
internal static class ClientDisconnect
{
    /// <summary>Why the client's request ended early, or null when <paramref name="exception"/> is QaBot's own failure.</summary>
    public static string? Reason(Exception exception, HttpContext context) => exception switch
    {
        BadHttpRequestException bad => bad.Message,
        ConnectionResetException => "the client reset the connection",
        OperationCanceledException or IOException when context.RequestAborted.IsCancellationRequested => "the client disconnected",
        _ => null,
    };

    /// <summary>The status to answer with (if the client still listens): Kestrel's own for a bad request, else 408.</summary>
    public static int Status(Exception exception) =>
        exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status408RequestTimeout;
}
