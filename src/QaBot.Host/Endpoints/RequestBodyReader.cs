using System.Globalization;
using Microsoft.Extensions.Options;
using QaBot.Infrastructure.Ingest;

namespace QaBot.Host.Endpoints;

/// <summary>
/// Reads an ingest request's body into memory: up to <c>Ingest:MaxBodyBytes</c> (an oversized post is refused without
/// being buffered whole), within the process-wide <see cref="RequestBodyBudget"/>, into an array of exactly the body's
/// size when Content-Length says it. A client that stops sending midway costs one log line and a 408.
/// </summary>
internal sealed partial class RequestBodyReader(IOptions<IngestOptions> options, RequestBodyBudget budget, ILogger<RequestBodyReader> logger)
{
    /// <summary>How long a body waits for its share of the budget before the request answers 503.</summary>
    public static readonly TimeSpan BudgetWait = TimeSpan.FromSeconds(5);

    private const int FirstChunk = 64 * 1024;

    public async Task<BufferedBody> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var limit = Math.Min(options.Value.MaxBodyBytes, Array.MaxLength - 1);
        var length = request.ContentLength;
        if (length > limit)
        {
            return TooLarge();
        }

        var lease = budget.Open();
        long read = 0;
        try
        {
            byte[] buffer;
            if (length is { } known)
            {
                if (!await lease.TryGrowAsync(known, BudgetWait, cancellationToken))
                {
                    return Busy(request, lease);
                }

                buffer = GC.AllocateUninitializedArray<byte>((int)known);
                int n;
                while (read < known && (n = await request.Body.ReadAsync(buffer.AsMemory((int)read), cancellationToken)) > 0)
                {
                    read += n;
                }

                return BufferedBody.Read(buffer.AsMemory(0, (int)read), lease);
            }

            // Chunked: grow by doubling, each step within the budget, to one byte past the limit (which means too large).
            buffer = [];
            while (true)
            {
                if (read == buffer.Length)
                {
                    if (read > limit)
                    {
                        lease.Dispose();
                        return TooLarge();
                    }

                    var size = (int)Math.Min(Math.Max(FirstChunk, 2L * buffer.Length), limit + 1);
                    if (!await lease.TryGrowAsync(size, BudgetWait, cancellationToken))
                    {
                        return Busy(request, lease);
                    }

                    var grown = GC.AllocateUninitializedArray<byte>(size);
                    buffer.AsSpan().CopyTo(grown);
                    buffer = grown;
                }

                var chunk = await request.Body.ReadAsync(buffer.AsMemory((int)read), cancellationToken);
                if (chunk == 0)
                {
                    return BufferedBody.Read(buffer.AsMemory(0, (int)read), lease);
                }

                read += chunk;
            }
        }
        catch (Exception ex) when (ClientDisconnect.Reason(ex, request.HttpContext) is { } reason)
        {
            lease.Dispose();
            var status = ClientDisconnect.Status(ex);
            LogIncomplete(logger, request.Path, read, length?.ToString(CultureInfo.InvariantCulture) ?? "unknown", reason, status);
            return BufferedBody.Refused(status, Results.Problem(statusCode: status, title: "Request body incomplete",
                detail: $"The body stopped after {read:N0} bytes ({reason}); nothing was stored."));
        }
        catch
        {
            lease.Dispose();
            throw;
        }
    }

    private BufferedBody TooLarge() => BufferedBody.Refused(StatusCodes.Status413PayloadTooLarge, Results.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "Request body too large",
        detail: $"The body exceeds Ingest:MaxBodyBytes ({options.Value.MaxBodyBytes:N0} bytes). Split it into several requests."));

    private BufferedBody Busy(HttpRequest request, RequestBodyBudget.Lease lease)
    {
        lease.Dispose();
        request.HttpContext.Response.Headers.RetryAfter = ProblemExceptionHandler.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return BufferedBody.Refused(StatusCodes.Status503ServiceUnavailable, Results.Problem(
            statusCode: StatusCodes.Status503ServiceUnavailable,
            title: "Too many request bodies at once",
            detail: $"Other requests fill the {options.Value.MaxBufferedBodyMegabytes} MB of Ingest:MaxBufferedBodyMegabytes; nothing was stored. Retry in {ProblemExceptionHandler.RetryAfterSeconds} s."));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Path}: request body incomplete after {BytesRead} of {ContentLength} body bytes ({Reason}), answered {Status}")]
    private static partial void LogIncomplete(ILogger logger, PathString path, long bytesRead, string contentLength, string reason, int status);
}
