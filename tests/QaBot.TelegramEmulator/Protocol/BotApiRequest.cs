using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace QaBot.TelegramEmulator.Protocol;

/// <summary>
/// The parameters of one Bot API call, whatever encoding carried them. Form encodings deliver every value as a string
/// (objects as JSON text), JSON bodies deliver typed values; the accessors accept both, as Telegram does.
/// </summary>
public sealed class BotApiRequest
{
    private const string AttachPrefix = "attach://";

    private readonly JsonObject _parameters;
    private readonly IReadOnlyDictionary<string, UploadedFile> _files;

    public BotApiRequest(string method, JsonObject parameters, IReadOnlyDictionary<string, UploadedFile> files)
    {
        Method = method;
        _parameters = parameters;
        _files = files;
    }

    /// <summary>The canonical method name from the schema (e.g. sendMessage, whatever casing the caller used).</summary>
    public string Method { get; }

    /// <summary>The parameters as JSON text, files left out: what the call log keeps.</summary>
    public string ParametersJson => _parameters.ToJsonString();

    /// <summary>Telegram treats an empty string like a missing field ("... is empty").</summary>
    public bool Has(string name) =>
        GetFile(name) is not null
        || (_parameters[name] is { } node && !(node.GetValueKind() == JsonValueKind.String && node.GetValue<string>().Length == 0));

    public string? GetString(string name) => _parameters[name] switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        var other => other.ToJsonString(),
    };

    public string RequireString(string name) =>
        GetString(name) is { Length: > 0 } value ? value : throw BotApiException.BadRequest($"{name} is empty");

    public long? GetInt64(string name)
    {
        var node = _parameters[name];
        if (node is null)
        {
            return null;
        }

        if (node is JsonValue value && value.TryGetValue<long>(out var number))
        {
            return number;
        }

        var text = GetString(name);
        return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : throw BotApiException.BadRequest($"wrong parameter {name} specified: integer expected");
    }

    public int? GetInt32(string name) => GetInt64(name) switch
    {
        null => null,
        >= int.MinValue and <= int.MaxValue and var value => (int)value,
        _ => throw BotApiException.BadRequest($"wrong parameter {name} specified: value out of range"),
    };

    public bool GetBoolean(string name) => _parameters[name] switch
    {
        null => false,
        JsonValue value when value.GetValueKind() is JsonValueKind.True or JsonValueKind.False => value.GetValue<bool>(),
        _ => GetString(name) is "true" or "True" or "1",
    };

    /// <summary>An object or array parameter; form encodings send it as JSON text, which is parsed here.</summary>
    public JsonNode? GetJson(string name)
    {
        var node = _parameters[name];
        if (node is not JsonValue value || value.GetValueKind() != JsonValueKind.String)
        {
            return node?.DeepClone();
        }

        var text = value.GetValue<string>();
        if (text.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            throw BotApiException.BadRequest($"can't parse {name} JSON object");
        }
    }

    /// <summary>
    /// The uploaded file for a field, either a part named like the field or one referenced as "attach://part".
    /// </summary>
    public UploadedFile? GetFile(string name)
    {
        if (_files.TryGetValue(name, out var file))
        {
            return file;
        }

        var reference = _parameters[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String
            ? value.GetValue<string>()
            : null;
        return reference is not null && reference.StartsWith(AttachPrefix, StringComparison.Ordinal)
            && _files.TryGetValue(reference[AttachPrefix.Length..], out var attached)
            ? attached
            : null;
    }
}
