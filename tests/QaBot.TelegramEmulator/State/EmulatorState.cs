using System.Globalization;
using System.Text.Json.Nodes;
using QaBot.TelegramEmulator.Faults;
using QaBot.TelegramEmulator.Recording;
using QaBot.TelegramEmulator.Schema;
using QaBot.TelegramEmulator.Updates;

namespace QaBot.TelegramEmulator.State;

/// <summary>Everything one emulator instance knows, shared by the method handlers and the test-facing API.</summary>
internal sealed class EmulatorState
{
    private readonly Lock _gate = new();
    private readonly HashSet<string> _openCallbackQueries = new(StringComparer.Ordinal);
    private WebhookRegistration? _webhook;

    public EmulatorState(TelegramEmulatorOptions options, BotApiSchema schema)
    {
        Options = options;
        Schema = schema;
        Time = options.TimeProvider;
        BotId = ParseBotId(options.Token);
        BotUser = new JsonObject
        {
            ["id"] = BotId,
            ["is_bot"] = true,
            ["first_name"] = options.BotFirstName,
            ["username"] = options.BotUsername,
            ["can_join_groups"] = true,
            ["can_read_all_group_messages"] = false,
            ["supports_inline_queries"] = false,
            ["can_connect_to_business"] = false,
            ["has_main_web_app"] = false,
        };
        RateLimiter = new MessageRateLimiter(Time, options.MessagesPerSecondLimit);
        UpdateFactory = new UpdateFactory(Chats, Time, BotUser);
    }

    public TelegramEmulatorOptions Options { get; }

    public BotApiSchema Schema { get; }

    public TimeProvider Time { get; }

    public long BotId { get; }

    /// <summary>The User object getMe returns and bot messages carry in "from".</summary>
    public JsonObject BotUser { get; }

    public ChatStore Chats { get; } = new();

    public EmulatorRecorder Recorder { get; } = new();

    public UpdateQueue Updates { get; } = new();

    public UpdateFactory UpdateFactory { get; }

    public CommandStore Commands { get; } = new();

    public FaultInjector Faults { get; } = new();

    public MessageRateLimiter RateLimiter { get; }

    public WebhookRegistration? Webhook
    {
        get
        {
            lock (_gate)
            {
                return _webhook;
            }
        }

        set
        {
            lock (_gate)
            {
                _webhook = value;
            }
        }
    }

    public void OpenCallbackQuery(string id)
    {
        lock (_gate)
        {
            _openCallbackQueries.Add(id);
        }
    }

    /// <summary>A callback query can be answered once.</summary>
    public bool CloseCallbackQuery(string id)
    {
        lock (_gate)
        {
            return _openCallbackQueries.Remove(id);
        }
    }

    private static long ParseBotId(string token)
    {
        var colon = token.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && long.TryParse(token.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : throw new ArgumentException("A bot token looks like 123456:secret (digits, colon, secret).", nameof(token));
    }
}
