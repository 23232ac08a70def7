namespace QaBot.Infrastructure.Ingest;

/// <summary>
/// A record that cannot be mapped onto the transcript model. <see cref="Field"/> names the offending field as a JSON
/// path (<c>messages[2].at</c>) so an import report or a 400 response can point at it.
/// </summary>
public sealed class IngestException : Exception
{
    public IngestException(string field, string reason)
        : base($"{field}: {reason}")
    {
        Field = field;
        Reason = reason;
    }

    public IngestException()
    {
        Field = string.Empty;
        Reason = string.Empty;
    }

    public IngestException(string message, Exception innerException)
        : base(message, innerException)
    {
        Field = string.Empty;
        Reason = message;
    }

    public string Field { get; }

    public string Reason { get; }
}
