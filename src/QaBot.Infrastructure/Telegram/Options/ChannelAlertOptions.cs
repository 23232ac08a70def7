namespace QaBot.Infrastructure.Telegram.Options;

/// <summary><c>Alerts:Channels:&lt;channel&gt;</c>: a channel's own alert threshold.</summary>
public sealed class ChannelAlertOptions
{
    public int? AfterSeconds { get; set; }
}
