using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using QaBot.TelegramEmulator.Protocol;

namespace QaBot.TelegramEmulator.State;

/// <summary>The command lists of setMyCommands, one per scope and language code, as Telegram keeps them.</summary>
internal sealed partial class CommandStore
{
    private const int MaxCommands = 100;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, IReadOnlyList<RegisteredCommand>> _lists = new(StringComparer.Ordinal);

    /// <summary>The key of a scope: its type plus the chat and user it names, if any.</summary>
    public static string ScopeKey(string scopeType, long? chatId, long? userId, string languageCode) =>
        $"{scopeType}|{chatId}|{userId}|{languageCode}";

    public static string ScopeKey(BotApiRequest request)
    {
        var scope = request.GetJson("scope") as JsonObject;
        var type = AsString(scope?["type"]) ?? "default";
        var chatId = scope?["chat_id"] is JsonValue chat && chat.TryGetValue<long>(out var c) ? c : (long?)null;
        var userId = scope?["user_id"] is JsonValue user && user.TryGetValue<long>(out var u) ? u : (long?)null;
        var language = request.GetString("language_code") ?? string.Empty;
        if (language.Length is not (0 or 2))
        {
            throw BotApiException.BadRequest("invalid language code specified");
        }

        return ScopeKey(type, chatId, userId, language);
    }

    /// <summary>Validates and stores the commands array of setMyCommands.</summary>
    public void Set(string key, JsonNode? commands)
    {
        if (commands is not JsonArray array)
        {
            throw BotApiException.BadRequest("can't parse commands JSON object");
        }

        if (array.Count > MaxCommands)
        {
            throw BotApiException.BadRequest("too many commands specified");
        }

        var parsed = new List<RegisteredCommand>(array.Count);
        foreach (var item in array)
        {
            var command = AsString(item?["command"]) ?? string.Empty;
            var description = AsString(item?["description"]) ?? string.Empty;
            if (!CommandName().IsMatch(command))
            {
                throw BotApiException.BadRequest("BOT_COMMAND_INVALID");
            }

            if (description.Trim().Length is < 1 or > 256)
            {
                throw BotApiException.BadRequest("command description must be non-empty and at most 256 characters");
            }

            parsed.Add(new RegisteredCommand(command, description));
        }

        lock (_gate)
        {
            _lists[key] = parsed;
        }
    }

    public IReadOnlyList<RegisteredCommand> Get(string key)
    {
        lock (_gate)
        {
            return _lists.GetValueOrDefault(key) ?? [];
        }
    }

    public void Delete(string key)
    {
        lock (_gate)
        {
            _lists.Remove(key);
        }
    }

    private static string? AsString(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    // Telegram: 1-32 characters, lowercase English letters, digits and underscores.
    [GeneratedRegex("^[a-z0-9_]{1,32}$")]
    private static partial Regex CommandName();
}
