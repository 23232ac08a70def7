namespace QaBot.Host.Endpoints;

/// <summary>
/// Reads a request body up to a limit, within a process-wide budget of buffered bytes (<c>Ingest:MaxBufferedBodyMegabytes</c>):
/// a body with a Content-Length goes straight into an array of that size; a chunked one grows up to the limit. The
/// budget is held until the request is done with the bytes (dispose the result), so parsing and storing count too.
/// A client that is too slow or goes away mid-body costs one log line, not a stack trace.
/// </summary>
internal static partial class RequestBody
{
    private const int ChunkSize = 81920;

    private static readonly TimeSpan BudgetWait = TimeSpan.FromSeconds(5);
    private static readonly object Gate = new();
    private static long _buffered;

    /// <summary>What reading gave: the bytes, or the answer to send instead (413, 408, 503).</summary>
    public sealed class Read : IDisposable
    {
        private long _reserved;

        internal Read(byte[]? bytes, IResult? refusal, long reserved)
        {
            Bytes = bytes;
            Refusal = refusal;
            _reserved = reserved;
        }

        public byte[]? Bytes { get; }

        public IResult? Refusal { get; }

        public bool TooLarge { get; init; }

        public void Dispose()
        {
            var reserved = Interlocked.Exchange(ref _reserved, 0);
            if (reserved > 0)
            {
                lock (Gate)
                {
                    _buffered -= reserved;
                }
            }
        }
    }

    public static async Task<Read> ReadAsync(HttpRequest request, long limit, int budgetMegabytes, ILogger logger, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return new Read(null, TooLargeResult(limit), 0) { TooLarge = true };
        }

        var reserve = Math.Min(request.ContentLength ?? limit, limit);
        if (!await ReserveAsync(reserve, budgetMegabytes * 1024L * 1024L, cancellationToken))
        {
            LogBusy(logger, request.Path, reserve);
            request.HttpContext.Response.Headers.RetryAfter = "5";
            return new Read(null, Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Too many large requests at once",
                detail: "The server is buffering as many request bodies as Ingest:MaxBufferedBodyMegabytes allows. Retry in 5 s."), 0);
        }

        var read = 0L;
        try
        {
            if (request.ContentLength is { } length)
            {
                var bytes = new byte[length];
                while (read < length)
                {
                    var n = await request.Body.ReadAsync(bytes.AsMemory((int)read), cancellationToken);
                    if (n == 0)
                    {
                        break;
                    }

                    read += n;
                }

                return new Read(read == length ? bytes : bytes[..(int)read], null, reserve);
            }

            using var buffer = new MemoryStream();
            var chunk = new byte[ChunkSize];
            int got;
            while ((got = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + got > limit)
                {
                    Release(reserve);
                    return new Read(null, TooLargeResult(limit), 0) { TooLarge = true };
                }

                buffer.Write(chunk, 0, got);
                read = buffer.Length;
            }

            return new Read(buffer.ToArray(), null, reserve);
        }
        catch (Exception ex) when (ex is BadHttpRequestException or IOException
            || (ex is OperationCanceledException && request.HttpContext.RequestAborted.IsCancellationRequested))
        {
            Release(reserve);
            LogAborted(logger, request.Path, read, ex.GetType().Name, ex.Message);
            var status = ex is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status408RequestTimeout;
            return new Read(null, Results.Problem(statusCode: status, title: "Request body not received",
                detail: "The body did not arrive in time or the connection was closed; nothing was stored."), 0);
        }
    }

    private static IResult TooLargeResult(long limit) => Results.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "Request body too large",
        detail: $"The body exceeds Ingest:MaxBodyBytes ({limit:N0} bytes). Split it into several requests.");

    private static async Task<bool> ReserveAsync(long bytes, long budget, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + BudgetWait;
        while (true)
        {
            lock (Gate)
            {
                // One body larger than the whole budget still gets in when nothing else is buffered.
                if (_buffered == 0 || _buffered + bytes <= budget)
                {
                    _buffered += bytes;
                    return true;
                }
            }

            if (DateTime.UtcNow >= deadline)
            {
                return false;
            }

            await Task.Delay(20, cancellationToken);
        }
    }

    private static void Release(long bytes)
    {
        lock (Gate)
        {
            _buffered -= bytes;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Path}: request body not received after {Bytes} bytes ({Error}: {Reason}); answered without storing anything")]
    private static partial void LogAborted(ILogger logger, PathString path, long bytes, string error, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Path}: {Bytes} bytes would exceed Ingest:MaxBufferedBodyMegabytes; answered 503")]
    private static partial void LogBusy(ILogger logger, PathString path, long bytes);
}
