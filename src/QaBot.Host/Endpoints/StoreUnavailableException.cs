namespace QaBot.Host.Endpoints;

/// <summary>The database is down or too slow to answer: the request may be retried later (503, Retry-After).</summary>
public sealed class StoreUnavailableException : Exception
{
    public StoreUnavailableException()
    {
    }

    public StoreUnavailableException(string message)
        : base(message)
    {
    }

    public StoreUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
