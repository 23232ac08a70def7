namespace QaBot.Infrastructure.Telegram.Updates;

/// <summary>A slash command. Register implementations as singletons; the router finds them by <see cref="Name"/>.</summary>
public interface IBotCommand
{
    /// <summary>Lower case, without the slash: <c>stats</c>.</summary>
    string Name { get; }

    CommandAudience Audience { get; }

    Task HandleAsync(CommandContext context, CancellationToken cancellationToken);
}
