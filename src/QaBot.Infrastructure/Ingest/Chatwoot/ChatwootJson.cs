using System.Globalization;
using System.Text.Json;

namespace QaBot.Infrastructure.Ingest.Chatwoot;

/// <summary>
/// Tolerant readers for the value shapes Chatwoot mixes within one payload: ids as numbers or strings, times as ISO
/// text or epoch seconds (integer or fractional), and an empty Ruby hash serialised as <c>[]</c> instead of <c>{}</c>.
/// Every reader that can fail takes the JSON path of the value so the <see cref="IngestException"/> names it.
/// </summary>
internal static class ChatwootJson
{
    // An epoch this large cannot be seconds (it would lie past the year 5000), so it is taken as milliseconds.
    private const double MillisecondsThreshold = 1e11;

    /// <summary>The property's value, or null when the owner is not an object or the property is absent or JSON null.</summary>
    public static JsonElement? Value(JsonElement owner, string name) =>
        owner.ValueKind == JsonValueKind.Object && owner.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : null;

    /// <summary>A nested object; any other shape (Chatwoot sends an empty hash as <c>[]</c>) counts as absent.</summary>
    public static JsonElement? Object(JsonElement owner, string name) =>
        Value(owner, name) is { ValueKind: JsonValueKind.Object } value ? value : null;

    /// <summary>A string with visible text, returned verbatim (not trimmed); blank strings count as absent.</summary>
    public static string? Text(JsonElement owner, string name) =>
        Value(owner, name) is { ValueKind: JsonValueKind.String } value && Jsonl.TranscriptJsonParser.ReadString(value, name) is { } text
            && !string.IsNullOrWhiteSpace(text)
            ? text
            : null;

    /// <summary>The elements of an array property; an absent property or any other shape yields none.</summary>
    public static IEnumerable<JsonElement> Items(JsonElement owner, string name) =>
        Value(owner, name) is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray() : [];

    public static bool IsTrue(JsonElement owner, string name) =>
        Value(owner, name) is { ValueKind: JsonValueKind.True };

    /// <summary>An id that Chatwoot may send as a number or as a string; both give the same string.</summary>
    public static string? Id(JsonElement owner, string name, string field) =>
        Value(owner, name) is { } value ? IdOf(value, field) : null;

    public static string? IdOf(JsonElement value, string field) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.Number when value.TryGetInt64(out var number) => number.ToString(CultureInfo.InvariantCulture),
        JsonValueKind.String => Jsonl.TranscriptJsonParser.ReadString(value, field) is var id && string.IsNullOrWhiteSpace(id) ? null : id.Trim(),
        _ => throw new IngestException(field, $"expected an id (a whole number or a string), got {value.GetRawText()}"),
    };

    /// <summary>
    /// A time, or null when absent or 0 (Chatwoot renders a missing time as <c>nil.to_i</c>). Times are truncated to
    /// whole seconds: nested messages carry <c>created_at.to_i</c> while <c>message_created</c> carries the same instant
    /// as ISO text with milliseconds, and every delivery of a message must agree on its time.
    /// </summary>
    public static DateTimeOffset? Time(JsonElement owner, string name, string field) =>
        Value(owner, name) is { } value ? TimeOf(value, field) : null;

    public static DateTimeOffset? TimeOf(JsonElement value, string field)
    {
        var instant = value.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            JsonValueKind.Number => FromEpoch(value.GetDouble(), field),
            JsonValueKind.String => FromText(Jsonl.TranscriptJsonParser.ReadString(value, field), field),
            _ => throw new IngestException(field, $"expected a time (ISO 8601 text or epoch seconds), got {value.GetRawText()}"),
        };
        return instant is { } at ? TruncateToSeconds(at) : null;
    }

    private static DateTimeOffset? FromText(string text, string field)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return null;
        }

        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var epoch))
        {
            return FromEpoch(epoch, field);
        }

        // Older Chatwoot releases (and its documentation) render times as "2020-03-03 13:05:57 UTC".
        if (trimmed.EndsWith(" UTC", StringComparison.Ordinal))
        {
            trimmed = string.Concat(trimmed.AsSpan(0, trimmed.Length - 4), "Z");
        }

        return DateTimeOffset.TryParse(
            trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var parsed)
            ? parsed
            : throw new IngestException(field, $"'{text}' is not a time (expected ISO 8601 text or epoch seconds)");
    }

    private static DateTimeOffset? FromEpoch(double epoch, string field)
    {
        if (epoch == 0)
        {
            return null;
        }

        var milliseconds = epoch >= MillisecondsThreshold ? epoch : epoch * 1000;
        if (!double.IsFinite(milliseconds) || milliseconds < 0
            || milliseconds > DateTimeOffset.MaxValue.ToUnixTimeMilliseconds())
        {
            throw new IngestException(field, $"{epoch.ToString(CultureInfo.InvariantCulture)} is not a valid epoch time");
        }

        return DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Floor(milliseconds));
    }

    private static DateTimeOffset TruncateToSeconds(DateTimeOffset at) =>
        new(at.Ticks - (at.Ticks % TimeSpan.TicksPerSecond), at.Offset);
}
