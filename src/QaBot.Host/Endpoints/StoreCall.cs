namespace QaBot.Host.Endpoints;

/// <summary>
/// A store call bounded by <c>Ingest:StoreTimeoutSeconds</c>: a database that hangs (frozen, or its network gone)
/// costs a client that long, not a connection timeout plus a command timeout, and answers 503 with Retry-After.
/// </summary>
internal static class StoreCall
{
    public static async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> call, TimeSpan timeout, CancellationToken requestAborted)
    {
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        bounded.CancelAfter(timeout);
        try
        {
            return await call(bounded.Token);
        }
        catch (OperationCanceledException ex) when (!requestAborted.IsCancellationRequested)
        {
            throw new StoreUnavailableException($"the database did not answer within {timeout.TotalSeconds:0.#} s", ex);
        }
    }
}
