namespace QaBot.Infrastructure.Telegram.Updates;

/// <summary>Handles inline buttons whose callback data starts with <see cref="Prefix"/> and '|'.</summary>
public interface ICallbackHandler
{
    string Prefix { get; }

    CommandAudience Audience { get; }

    /// <summary>Returns the short notice shown to the presser (null for none).</summary>
    Task<string?> HandleAsync(CallbackContext context, CancellationToken cancellationToken);
}
