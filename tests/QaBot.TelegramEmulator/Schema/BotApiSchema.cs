using System.Collections.Concurrent;
using System.Text.Json;

namespace QaBot.TelegramEmulator.Schema;

/// <summary>
/// The methods and update types of the Bot API version described by api.min.json, so the emulator accepts exactly
/// what Telegram accepts instead of a hand-kept list that drifts.
/// </summary>
public sealed class BotApiSchema
{
    // Many emulators start per test run; the 600 KB file is parsed once per path and process.
    private static readonly ConcurrentDictionary<string, Lazy<BotApiSchema>> Cache = new(StringComparer.Ordinal);

    private readonly Dictionary<string, BotApiMethod> _methods;

    private BotApiSchema(string version, Dictionary<string, BotApiMethod> methods, IReadOnlyList<string> updateTypes)
    {
        Version = version;
        _methods = methods;
        UpdateTypes = updateTypes;
    }

    /// <summary>E.g. "Bot API 10.1".</summary>
    public string Version { get; }

    /// <summary>The optional fields of Update (message, callback_query, ...): the names allowed_updates accepts.</summary>
    public IReadOnlyList<string> UpdateTypes { get; }

    public IEnumerable<BotApiMethod> Methods => _methods.Values;

    /// <summary>Loads (or returns the already loaded) schema at <paramref name="path"/>.</summary>
    public static BotApiSchema Load(string path)
    {
        var fullPath = Path.GetFullPath(path);
        return Cache.GetOrAdd(fullPath, p => new Lazy<BotApiSchema>(() => Parse(p))).Value;
    }

    /// <summary>Finds a method the way Telegram does: method names are case-insensitive.</summary>
    public bool TryGetMethod(string name, out BotApiMethod method) => _methods.TryGetValue(name, out method!);

    private static BotApiSchema Parse(string path)
    {
        using var stream = File.OpenRead(path);
        using var document = JsonDocument.Parse(stream);
        var root = document.RootElement;

        var methods = new Dictionary<string, BotApiMethod>(StringComparer.OrdinalIgnoreCase);
        foreach (var method in root.GetProperty("methods").EnumerateObject())
        {
            var fields = ReadFields(method.Value);
            methods[method.Name] = new BotApiMethod(
                method.Name,
                [.. fields.Where(f => f.Required).Select(f => f.Name)],
                [.. fields.Select(f => f.Name)]);
        }

        var updateTypes = ReadFields(root.GetProperty("types").GetProperty("Update"))
            .Select(f => f.Name)
            .Where(name => name != "update_id")
            .ToList();

        var version = root.TryGetProperty("version", out var v) ? v.GetString() ?? "unknown" : "unknown";
        return new BotApiSchema(version, methods, updateTypes);
    }

    private static List<(string Name, bool Required)> ReadFields(JsonElement owner)
    {
        if (!owner.TryGetProperty("fields", out var fields))
        {
            return [];
        }

        return [.. fields.EnumerateArray().Select(f => (
            f.GetProperty("name").GetString() ?? throw new InvalidDataException("A field without a name in api.min.json"),
            f.TryGetProperty("required", out var r) && r.GetBoolean()))];
    }
}
