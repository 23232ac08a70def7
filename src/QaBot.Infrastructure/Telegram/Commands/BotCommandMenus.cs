using Microsoft.Extensions.Logging;
using QaBot.Infrastructure.Telegram.Access;
using QaBot.Infrastructure.Telegram.Delivery;
using QaBot.Infrastructure.Telegram.Text;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace QaBot.Infrastructure.Telegram.Commands;

/// <summary>
/// The "/" menu Telegram shows, per role (setMyCommands): everyone sees the default scope; admins, supervisors and
/// operators get a chat scope of their own private chat; team groups (<c>Alerts:ChatIds</c> and subscribed groups) a
/// chat scope with the team commands — in English (default) and Russian.
/// </summary>
public sealed class BotCommandMenus
{
    private static readonly string[] StaffCommands =
        ["stats", "missed", "operators", "operator", "chat", "worst", "chart", "staffing", "export", "me", "subscribe", "unsubscribe", "linkcode", "lang", "help"];

    private static readonly string[] OperatorCommands = ["me", "operator", "chat", "link", "lang", "help"];

    /// <summary>A team group: the shared reports; /me and an operator's /chat answer in private.</summary>
    private static readonly string[] GroupCommands =
        ["stats", "missed", "operators", "worst", "chart", "staffing", "export", "chat", "me", "subscribe", "unsubscribe", "lang", "help"];

    private static readonly string[] EveryoneCommands = ["start", "help", "link", "lang"];

    private readonly ITelegramBotClient? _client;
    private readonly TokenScrubber _scrubber;
    private readonly ILogger<BotCommandMenus> _logger;

    public BotCommandMenus(ITelegramBotClient? client, TokenScrubber scrubber, ILogger<BotCommandMenus> logger)
    {
        _client = client;
        _scrubber = scrubber;
        _logger = logger;
    }

    public static IReadOnlyList<string> For(BotRole role) => role switch
    {
        BotRole.Admin or BotRole.Supervisor => StaffCommands,
        BotRole.Operator => OperatorCommands,
        _ => EveryoneCommands,
    };

    public async Task SetDefaultsAsync(CancellationToken cancellationToken)
    {
        foreach (var language in BotLanguage.All)
        {
            await SetAsync(BotCommandScope.Default(), EveryoneCommands, language, cancellationToken);
        }
    }

    public async Task SetForUserAsync(BotUser user, CancellationToken cancellationToken)
    {
        foreach (var language in BotLanguage.All)
        {
            await SetAsync(BotCommandScope.Chat(user.UserId), For(user.Role), language, cancellationToken);
        }
    }

    /// <summary>The team commands in a group's menu (a chat scope covers every member of that chat).</summary>
    public async Task SetForGroupAsync(long chatId, CancellationToken cancellationToken)
    {
        if (chatId >= 0)
        {
            return;
        }

        foreach (var language in BotLanguage.All)
        {
            await SetAsync(BotCommandScope.Chat(chatId), GroupCommands, language, cancellationToken);
        }
    }

    private async Task SetAsync(BotCommandScope scope, IReadOnlyList<string> commands, string language, CancellationToken cancellationToken)
    {
        if (_client is null)
        {
            return;
        }

        var strings = BotLanguage.Strings(language);
        var menu = commands.Select(c => new BotCommand { Command = c, Description = Truncate(strings.Describe(c)) }).ToList();
        try
        {
            // The default language ("") is English; Russian users get the "ru" list.
            await _client.SetMyCommands(menu, scope, language == BotLanguage.English ? null : language, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A user who never opened the bot has no chat yet ("chat not found"); /start sets their menu later.
            _logger.LogInformation("Could not set the {Language} command menu for {Scope}: {Reason}", language, scope.Type, _scrubber.Scrub(e.Message));
        }
    }

    private static string Truncate(string description) => description.Length <= 256 ? description : description[..256];
}
