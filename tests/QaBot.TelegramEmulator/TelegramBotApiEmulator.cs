using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using QaBot.TelegramEmulator.Faults;
using QaBot.TelegramEmulator.Hosting;
using QaBot.TelegramEmulator.Recording;
using QaBot.TelegramEmulator.Schema;
using QaBot.TelegramEmulator.State;
using QaBot.TelegramEmulator.Updates;

namespace QaBot.TelegramEmulator;

/// <summary>
/// A Telegram Bot API server on loopback that enforces Telegram's rules, records what the bot sends, feeds it updates
/// and fails on demand. Point the real client at it with
/// <c>new TelegramBotClient(new TelegramBotClientOptions(emulator.Token, emulator.BaseUrl))</c>.
/// </summary>
public sealed class TelegramBotApiEmulator : IAsyncDisposable, IDisposable
{
    private const string SecretTokenHeader = "X-Telegram-Bot-Api-Secret-Token";

    private readonly EmulatorState _state;
    private readonly WebApplication _app;
    private readonly CancellationTokenSource _stopping;
    private readonly HttpClient _webhookClient = new();
    private int _disposed;

    private TelegramBotApiEmulator(EmulatorState state, WebApplication app, CancellationTokenSource stopping)
    {
        _state = state;
        _app = app;
        _stopping = stopping;
        BaseUrl = LoopbackServer.BaseUrl(app);
    }

    /// <summary>E.g. http://127.0.0.1:41234, for TelegramBotClientOptions(token, baseUrl).</summary>
    public string BaseUrl { get; }

    public string Token => _state.Options.Token;

    /// <summary>The bot's user id (the digits of the token before ':').</summary>
    public long BotId => _state.BotId;

    public string BotUsername => _state.Options.BotUsername;

    public BotApiSchema Schema => _state.Schema;

    /// <summary>Every message sent or edited so far, oldest first (a snapshot).</summary>
    public IReadOnlyList<RecordedMessage> SentMessages => _state.Recorder.Messages;

    /// <summary>Every call with a valid token and its outcome, oldest first (a snapshot).</summary>
    public IReadOnlyList<RecordedCall> Calls => _state.Recorder.Calls;

    public IReadOnlyList<CallbackAnswer> CallbackAnswers => _state.Recorder.CallbackAnswers;

    /// <summary>Updates not yet confirmed by getUpdates (or delivered to the webhook).</summary>
    public int PendingUpdateCount => _state.Updates.Count;

    /// <summary>The webhook the bot set, or null in polling mode.</summary>
    public WebhookRegistration? Webhook => _state.Webhook;

    /// <summary>Flood control over sending and editing; null turns it off (the default).</summary>
    public int? MessagesPerSecondLimit
    {
        get => _state.RateLimiter.MessagesPerSecond;
        set => _state.RateLimiter.MessagesPerSecond = value;
    }

    /// <summary>Starts an emulator; throws when api.min.json cannot be found.</summary>
    public static async Task<TelegramBotApiEmulator> StartAsync(
        TelegramEmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new TelegramEmulatorOptions();
        var schema = BotApiSchema.Load(BotApiSchemaLocator.Locate(options.ApiSchemaPath));
        var state = new EmulatorState(options, schema);
        var dispatcher = new BotApiDispatcher(state);
        var stopping = new CancellationTokenSource();
        try
        {
            var app = await LoopbackServer.StartAsync(context => dispatcher.HandleAsync(context, stopping.Token), cancellationToken);
            return new TelegramBotApiEmulator(state, app, stopping);
        }
        catch
        {
            stopping.Dispose();
            throw;
        }
    }

    /// <summary>Waits (real time) until a sent or edited message matches, and returns the first that does.</summary>
    public Task<RecordedMessage> WaitForAsync(
        Func<RecordedMessage, bool> predicate, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        _state.Recorder.WaitForAsync(predicate, timeout, cancellationToken);

    /// <summary>
    /// The message as it stands now (after edits; Method names the call that last changed it), or null when unknown
    /// or deleted.
    /// </summary>
    public RecordedMessage? GetCurrentMessage(long chatId, int messageId) =>
        _state.Chats.Find(chatId, messageId) is { } message
            ? new RecordedMessage
            {
                Method = message.LastChangedBy,
                ChatId = chatId,
                MessageId = messageId,
                Text = message.Text,
                ParseMode = message.ParseMode,
                ReplyMarkupJson = message.InlineMarkup?.ToJsonString(),
                VisibleText = message.Formatted?.VisibleText,
                FileByteLength = message.FileByteLength,
                FileContent = message.FileContent,
                FileName = message.FileName,
                RecordedAt = message.EditDate ?? message.Date,
            }
            : null;

    /// <summary>Makes every call that writes to the chat fail with 403, as when a user blocked the bot.</summary>
    public void BlockChat(long chatId, string description = "Forbidden: bot was blocked by the user") =>
        _state.Chats.Block(chatId, description);

    public void UnblockChat(long chatId) => _state.Chats.Unblock(chatId);

    /// <summary>
    /// Makes the next <paramref name="times"/> calls of <paramref name="method"/> ("*" for any) fail with this error,
    /// e.g. <c>FailNext("sendMessage", 429, "Too Many Requests: retry after 5", retryAfter: 5)</c>.
    /// </summary>
    public void FailNext(string method, int statusCode, string description, int? retryAfter = null, int times = 1) =>
        _state.Faults.Enqueue(method, new InjectedFault(statusCode, description, retryAfter, false), times);

    /// <summary>Drops the connection of the next calls of <paramref name="method"/>: a network failure.</summary>
    public void AbortNext(string method, int times = 1) => _state.Faults.Enqueue(method, InjectedFault.Abort(), times);

    /// <summary>Queues a text message from a user, as getUpdates (or the webhook) will deliver it.</summary>
    public PushedUpdate PushMessage(
        long chatId, long fromUserId, string text, string? languageCode = "en", string chatType = "private")
    {
        var (update, message) = _state.UpdateFactory.Message(chatId, fromUserId, text, languageCode, chatType);
        return new PushedUpdate(_state.Updates.Enqueue(update), chatId, message.MessageId);
    }

    /// <summary>Queues the press of an inline button with <paramref name="data"/> under a message in the chat.</summary>
    public PushedUpdate PushCallbackQuery(
        long chatId, long fromUserId, int messageId, string data, string? languageCode = "en")
    {
        var (update, queryId) = _state.UpdateFactory.CallbackQuery(chatId, fromUserId, messageId, data, languageCode);
        _state.OpenCallbackQuery(queryId);
        return new PushedUpdate(_state.Updates.Enqueue(update), chatId, messageId, queryId);
    }

    /// <summary>Queues any other update (e.g. {"my_chat_member": {...}}); its update_id is assigned here.</summary>
    public long PushUpdate(JsonObject update) => _state.Updates.Enqueue(update);

    /// <summary>The commands setMyCommands stored for a scope ("default", "all_private_chats", "chat", ...).</summary>
    public IReadOnlyList<RegisteredCommand> GetCommands(
        string scopeType = "default", string languageCode = "", long? chatId = null, long? userId = null) =>
        _state.Commands.Get(CommandStore.ScopeKey(scopeType, chatId, userId, languageCode));

    /// <summary>Posts one update to a webhook as Telegram does, with the secret token header when given.</summary>
    public async Task<HttpStatusCode> DeliverUpdateToWebhookAsync(
        Uri url, string? secretToken, JsonObject update, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(update) };
        if (secretToken is not null)
        {
            request.Headers.Add(SecretTokenHeader, secretToken);
        }

        using var response = await _webhookClient.SendAsync(request, cancellationToken);
        return response.StatusCode;
    }

    /// <summary>
    /// Delivers the pending updates, oldest first, to the webhook the bot set; stops at the first one the bot does not
    /// accept with 2xx (it stays pending, as Telegram would retry it). Returns how many were delivered.
    /// </summary>
    public async Task<int> DeliverPendingUpdatesToWebhookAsync(CancellationToken cancellationToken = default)
    {
        var webhook = _state.Webhook ?? throw new InvalidOperationException("The bot has not set a webhook (setWebhook).");
        var delivered = 0;
        foreach (var update in _state.Updates.Snapshot())
        {
            var status = await DeliverUpdateToWebhookAsync(webhook.Url, webhook.SecretToken, update, cancellationToken);
            if ((int)status is < 200 or > 299)
            {
                break;
            }

            _state.Updates.Confirm(update["update_id"]!.GetValue<long>());
            delivered++;
        }

        return delivered;
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        // Ends held long polls first, so Kestrel has no request left to wait for.
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
        _webhookClient.Dispose();
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();
}
