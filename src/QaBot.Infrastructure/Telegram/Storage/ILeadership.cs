namespace QaBot.Infrastructure.Telegram.Storage;

/// <summary>A held leadership (e.g. "the instance that polls Telegram"); disposing it gives it up.</summary>
public interface ILeadership : IAsyncDisposable
{
    /// <summary>False once the leadership was lost (its database connection broke); the holder must stop leading.</summary>
    Task<bool> IsHeldAsync(CancellationToken cancellationToken);
}
