namespace QaBot.Host.Endpoints;

/// <summary>
/// A request body read into memory, holding its share of the <see cref="RequestBodyBudget"/> until disposed; or the
/// answer to give instead (413 too large, 503 budget busy, 408 the client stopped sending).
/// </summary>
internal sealed class BufferedBody : IDisposable
{
    private readonly RequestBodyBudget.Lease? _lease;

    private BufferedBody(ReadOnlyMemory<byte> bytes, RequestBodyBudget.Lease? lease, IResult? refusal, int refusalStatus)
    {
        Bytes = bytes;
        _lease = lease;
        Refusal = refusal;
        RefusalStatus = refusalStatus;
    }

    public ReadOnlyMemory<byte> Bytes { get; }

    /// <summary>The response to send instead of processing the body; null when the body was read.</summary>
    public IResult? Refusal { get; }

    public int RefusalStatus { get; }

    public static BufferedBody Read(ReadOnlyMemory<byte> bytes, RequestBodyBudget.Lease lease) => new(bytes, lease, null, 0);

    public static BufferedBody Refused(int status, IResult refusal) => new(ReadOnlyMemory<byte>.Empty, null, refusal, status);

    public void Dispose() => _lease?.Dispose();
}
