using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QaBot.Infrastructure.Telegram.Access;
using QaBot.Infrastructure.Telegram.Commands;
using QaBot.Infrastructure.Options;
using QaBot.Infrastructure.Telegram.Options;
using QaBot.Infrastructure.Telegram.Outbox;
using QaBot.Infrastructure.Telegram.Storage;
using QaBot.Infrastructure.Telegram.Text;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace QaBot.Infrastructure.Telegram.Updates;

/// <summary>
/// Turns one Telegram update into a command or a button press, checks who may do it (DESIGN §6 roles: strangers get
/// a short refusal and nothing else) and answers through the outbox. Polling and the webhook both end here.
/// </summary>
public sealed class UpdateDispatcher
{
    private readonly Dictionary<string, IBotCommand> _commands;
    private readonly Dictionary<string, ICallbackHandler> _callbacks;
    private readonly AccessControl _access;
    private readonly ChatDirectoryStore _directory;
    private readonly TelegramOutbox _outbox;
    private readonly ICallbackAnswerer _answerer;
    private readonly BotIdentity _identity;
    private readonly BusinessOptions _business;
    private readonly TimeProvider _time;
    private readonly ILogger<UpdateDispatcher> _logger;

    public UpdateDispatcher(
        IEnumerable<IBotCommand> commands, IEnumerable<ICallbackHandler> callbacks, AccessControl access, ChatDirectoryStore directory,
        TelegramOutbox outbox, ICallbackAnswerer answerer, BotIdentity identity, IOptions<BusinessOptions> business, TimeProvider time,
        ILogger<UpdateDispatcher> logger)
    {
        _commands = commands.ToDictionary(c => c.Name, StringComparer.Ordinal);
        _callbacks = callbacks.ToDictionary(c => c.Prefix, StringComparer.Ordinal);
        _access = access;
        _directory = directory;
        _outbox = outbox;
        _answerer = answerer;
        _identity = identity;
        _business = business.Value;
        _time = time;
        _logger = logger;
    }

    public async Task HandleAsync(Update update, CancellationToken cancellationToken)
    {
        if (update.Message is { Text: { } text, From: { } from } message)
        {
            await HandleMessageAsync(message, from, text, cancellationToken);
        }
        else if (update.CallbackQuery is { } query)
        {
            await HandleCallbackAsync(query, cancellationToken);
        }
    }

    private async Task HandleMessageAsync(Message message, User from, string text, CancellationToken cancellationToken)
    {
        var isPrivate = message.Chat.Type == ChatType.Private;
        var strings = await StringsForAsync(from, message.Chat.Id, isPrivate, cancellationToken);
        if (!CommandLine.TryParse(text, out var name, out var mention, out var args))
        {
            if (isPrivate)
            {
                var user = await _access.IdentifyAsync(from.Id, cancellationToken);
                await _outbox.SendTextAsync(message.Chat.Id, user.Role == BotRole.Stranger ? Refusal(strings, from.Id) : strings.UnknownCommand, cancellationToken: cancellationToken);
            }

            return;
        }

        if (!_identity.IsAddressedToUs(mention))
        {
            return;
        }

        var sender = await _access.IdentifyAsync(from.Id, cancellationToken);
        if (!_commands.TryGetValue(name, out var command))
        {
            await _outbox.SendTextAsync(message.Chat.Id, sender.Role == BotRole.Stranger ? Refusal(strings, from.Id) : strings.UnknownCommand, cancellationToken: cancellationToken);
            return;
        }

        if (Refuse(command.Audience, sender, strings) is { } refusal)
        {
            _logger.LogInformation("Refused /{Command} to Telegram user {UserId} ({Role})", name, from.Id, sender.Role);
            await _outbox.SendTextAsync(message.Chat.Id, refusal, cancellationToken: cancellationToken);
            return;
        }

        var context = new CommandContext(_outbox)
        {
            ChatId = message.Chat.Id,
            IsPrivateChat = isPrivate,
            ChatTitle = message.Chat.Title,
            User = sender,
            UserName = from.FirstName,
            Command = name,
            Args = args,
            Strings = strings,
            Now = _time.GetUtcNow(),
            Zone = _business.Zone,
        };
        var started = _time.GetTimestamp();
        try
        {
            await command.HandleAsync(context, cancellationToken);
            _logger.LogInformation("/{Command} for Telegram user {UserId} answered in {ElapsedMs:0} ms", name, from.Id, _time.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (FeatureUnavailableException e)
        {
            _logger.LogWarning("/{Command} is not available: {Reason}", name, e.Message);
            await _outbox.SendTextAsync(message.Chat.Id, strings.NotAvailable, cancellationToken: cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            _logger.LogError(e, "/{Command} from Telegram user {UserId} failed", name, from.Id);
            await _outbox.SendTextAsync(message.Chat.Id, strings.InternalError, cancellationToken: cancellationToken);
        }
    }

    private async Task HandleCallbackAsync(CallbackQuery query, CancellationToken cancellationToken)
    {
        var parts = CallbackData.Parse(query.Data);
        var strings = await StringsForAsync(query.From, query.Message?.Chat.Id ?? query.From.Id, query.Message?.Chat.Type is null or ChatType.Private, cancellationToken);
        var sender = await _access.IdentifyAsync(query.From.Id, cancellationToken);
        string? notice = null;
        if (query.Message is not { } message || parts.Count == 0 || !_callbacks.TryGetValue(parts[0], out var handler))
        {
            notice = strings.StaleButton;
        }
        else if (Refuse(handler.Audience, sender, strings) is { } refusal)
        {
            notice = Html.ToPlainText(refusal);
        }
        else
        {
            var context = new CallbackContext(_outbox)
            {
                QueryId = query.Id,
                ChatId = message.Chat.Id,
                MessageId = message.MessageId,
                MessageHtml = EntityHtml.From(message.Text, message.Entities),
                User = sender,
                UserName = query.From.FirstName,
                Parts = parts,
                Strings = strings,
                Now = _time.GetUtcNow(),
                Zone = _business.Zone,
            };
            try
            {
                notice = await handler.HandleAsync(context, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                _logger.LogError(e, "Button {Data} pressed by Telegram user {UserId} failed", query.Data, query.From.Id);
                notice = Html.ToPlainText(strings.InternalError);
            }
        }

        await _answerer.AnswerAsync(query.Id, notice, cancellationToken);
    }

    private static string? Refuse(CommandAudience audience, BotUser user, BotStrings strings) => (audience, user.Role) switch
    {
        (CommandAudience.Everyone, _) => null,
        (_, BotRole.Stranger) => Refusal(strings, user.UserId),
        (CommandAudience.Staff, BotRole.Operator) => strings.OperatorsOnlyThemselves,
        _ => null,
    };

    private static string Refusal(BotStrings strings, long userId) =>
        strings.Format(strings.Refusal, userId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>
    /// The language to answer in: a group's own /lang choice in a group, else the user's choice, else their app's. In a
    /// private chat also remembers their app's language and that they can be reached.
    /// </summary>
    private async Task<BotStrings> StringsForAsync(User from, long chatId, bool isPrivate, CancellationToken cancellationToken)
    {
        if (!isPrivate && BotLanguage.Normalize((await _directory.LanguageOfAsync(chatId, cancellationToken)).Chosen) is { } groupLanguage)
        {
            return BotLanguage.Strings(groupLanguage);
        }

        if (isPrivate)
        {
            await _directory.ClearUnreachableAsync(from.Id, cancellationToken);
            if (BotLanguage.Normalize(from.LanguageCode) is { } seen)
            {
                await _directory.RememberTelegramLanguageAsync(from.Id, seen, cancellationToken);
            }
        }

        var (chosen, _) = await _directory.LanguageOfAsync(from.Id, cancellationToken);
        return BotLanguage.Strings(BotLanguage.Choose(chosen, from.LanguageCode));
    }
}
