namespace QaBot.Host.Endpoints;

/// <summary>Reads a request body up to a limit, so an oversized post is refused without being buffered whole.</summary>
internal static class RequestBody
{
    /// <summary>The body as bytes, or null when it exceeds <paramref name="limit"/> (the caller answers 413).</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    public static IResult TooLarge(long limit) => Results.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "Request body too large",
        detail: $"The body exceeds Ingest:MaxBodyBytes ({limit:N0} bytes). Split it into several requests.");
}
