using QaBot.Infrastructure.Telegram.Updates;

namespace QaBot.Infrastructure.Telegram.Commands;

/// <summary>/start: a welcome and the user's commands (same as /help with a greeting); also refreshes their menu.</summary>
public sealed class StartCommand : IBotCommand
{
    private readonly HelpCommand _help;

    public StartCommand(HelpCommand help)
    {
        _help = help;
    }

    public string Name => "start";

    public CommandAudience Audience => CommandAudience.Everyone;

    public Task HandleAsync(CommandContext context, CancellationToken cancellationToken) => _help.HandleAsync(context, cancellationToken);
}
