using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QaBot.Infrastructure.Telegram.Access;
using QaBot.Infrastructure.Telegram.Commands;
using QaBot.Infrastructure.Telegram.Delivery;
using QaBot.Infrastructure.Telegram.Notifications;
using QaBot.Infrastructure.Telegram.Options;
using Telegram.Bot;
using Telegram.Bot.Types.Enums;

namespace QaBot.Infrastructure.Telegram.Updates;

/// <summary>
/// Introduces the bot to Telegram after start, in the background so an unreachable Bot API does not block the service:
/// learns its username (getMe), sets the command menus per role (setMyCommands) and, in webhook mode, registers the
/// webhook with its secret token.
/// </summary>
public sealed class BotSetupService : BackgroundService
{
    private readonly ITelegramBotClient _client;
    private readonly BotIdentity _identity;
    private readonly BotCommandMenus _menus;
    private readonly AccessControl _access;
    private readonly AlertRecipients _recipients;
    private readonly TokenScrubber _scrubber;
    private readonly TelegramOptions _options;
    private readonly ILogger<BotSetupService> _logger;

    public BotSetupService(
        ITelegramBotClient client, BotIdentity identity, BotCommandMenus menus, AccessControl access, AlertRecipients recipients, TokenScrubber scrubber,
        IOptions<TelegramOptions> options, ILogger<BotSetupService> logger)
    {
        _client = client;
        _identity = identity;
        _menus = menus;
        _access = access;
        _recipients = recipients;
        _scrubber = scrubber;
        _options = options.Value;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var me = await _client.GetMe(stoppingToken);
            _identity.Username = me.Username;
            _logger.LogInformation("Telegram bot @{Username} is ready ({Mode})", me.Username, _options.UsesWebhook ? "webhook" : "long polling");
            if (_options.UsesWebhook)
            {
                await _client.SetWebhook(_options.WebhookUrl!, secretToken: _options.WebhookSecret,
                    allowedUpdates: [UpdateType.Message, UpdateType.CallbackQuery], cancellationToken: stoppingToken);
            }

            await _menus.SetDefaultsAsync(stoppingToken);
            foreach (var user in await _access.KnownUsersAsync(stoppingToken))
            {
                await _menus.SetForUserAsync(user, stoppingToken);
            }

            foreach (var chatId in await _recipients.TeamChatsAsync(stoppingToken))
            {
                await _menus.SetForGroupAsync(chatId, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping before Telegram answered.
        }
        catch (Exception e)
        {
            _logger.LogError(_scrubber.Scrub(e), "Setting up the Telegram bot failed; commands still work, menus may be missing");
        }
    }
}
