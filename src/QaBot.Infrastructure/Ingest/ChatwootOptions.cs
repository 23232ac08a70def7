namespace QaBot.Infrastructure.Ingest;

/// <summary>The <c>Chatwoot</c> section: the token Chatwoot's webhook URL carries (<c>?token=…</c>).</summary>
public sealed class ChatwootOptions
{
    public const string SectionName = "Chatwoot";

    /// <summary>Empty = the Chatwoot endpoint refuses every request.</summary>
    public string? WebhookToken { get; set; }
}
