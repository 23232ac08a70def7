using System.Text;

namespace QaBot.Infrastructure.Ingest;

/// <summary>
/// The one text policy of every door (files, HTTP, Chatwoot, CSV, Telegram): a value that PostgreSQL cannot store or
/// that is not Unicode text — a NUL character, a lone UTF-16 surrogate, bytes that are not UTF-8 — rejects its record,
/// naming the field. Nothing is silently replaced, so what QaBot stores is what was sent.
/// </summary>
public static class IngestText
{
    /// <summary>
    /// What the decoder puts where the input has bytes that are not UTF-8: a noncharacter that no valid text needs, so
    /// the field check can name the field the bad bytes were in instead of storing U+FFFD in their place.
    /// </summary>
    public const char InvalidUtf8 = '\uFFFF';

    /// <summary>Longest id, source, group, language or operator/customer id: keys must fit a database index entry.</summary>
    public const int MaxKeyLength = 256;

    /// <summary>UTF-8 without a BOM whose decoder marks invalid bytes with <see cref="InvalidUtf8"/> instead of U+FFFD.</summary>
    public static Encoding Utf8 { get; } = CreateEncoding();

    /// <summary>The reason <paramref name="value"/> cannot be stored, or null when it can.</summary>
    public static string? Problem(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var span = value.AsSpan();
        var at = span.IndexOfAny('\0', InvalidUtf8);
        if (at >= 0)
        {
            return span[at] == '\0'
                ? $"contains a NUL character (U+0000) at position {at}"
                : $"is not valid UTF-8 (bad bytes at character {at})";
        }

        for (var i = span.IndexOfAnyInRange('\uD800', '\uDFFF'); i >= 0 && i < span.Length; i++)
        {
            var c = span[i];
            if (char.IsHighSurrogate(c) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return $"contains a lone UTF-16 surrogate (U+{(int)c:X4}) at position {i}";
            }
        }

        return null;
    }

    /// <summary>Returns <paramref name="value"/> when it can be stored; otherwise throws naming <paramref name="field"/>.</summary>
    public static string Check(string value, string field) =>
        Problem(value) is { } problem ? throw new IngestException(field, problem) : value;

    /// <summary>A key-like value (ids, source, group, language): storable text of at most <see cref="MaxKeyLength"/> characters.</summary>
    public static string CheckKey(string value, string field)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Length > MaxKeyLength
            ? throw new IngestException(field, $"is {value.Length:N0} characters long; at most {MaxKeyLength} are accepted")
            : Check(value, field);
    }

    /// <summary>
    /// Bad bytes in a part of a record that no field check saw (a property name or a column QaBot does not read): the
    /// record is still not UTF-8, and the policy covers every byte of it. Null when there are none.
    /// </summary>
    public static string? OutsideFields(string record) =>
        record.Contains(InvalidUtf8, StringComparison.Ordinal) ? "$: is not valid UTF-8" : null;

    /// <summary>A rejected record as it is written to the rejected file: bad bytes shown as U+FFFD, the usual replacement.</summary>
    public static string ForRejectedFile(string raw) => raw.Replace(InvalidUtf8, '\uFFFD');

    private static Encoding CreateEncoding()
    {
        var encoding = (Encoding)new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).Clone();
        encoding.DecoderFallback = new DecoderReplacementFallback(InvalidUtf8.ToString());
        return encoding;
    }
}
