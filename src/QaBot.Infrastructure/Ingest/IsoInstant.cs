using System.Globalization;

namespace QaBot.Infrastructure.Ingest;

/// <summary>ISO 8601 instants with an explicit offset (DESIGN §2): a time without one is ambiguous and rejected.</summary>
public static class IsoInstant
{
    public static DateTimeOffset Parse(string text, string field)
    {
        var s = text.Trim();
        if (!HasOffset(s))
        {
            throw new IngestException(field, $"'{Shorten(s)}' has no UTC offset; use ISO 8601 like 2026-11-20T09:00:00+03:00 or ...Z");
        }

        if (!DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) || s.IndexOf('T', StringComparison.OrdinalIgnoreCase) < 0)
        {
            throw new IngestException(field, $"'{Shorten(s)}' is not an ISO 8601 timestamp");
        }

        return at;
    }

    private static bool HasOffset(string s)
    {
        if (s.Length < 11)
        {
            return false;
        }

        if (s[^1] is 'Z' or 'z')
        {
            return true;
        }

        // +hh:mm, +hhmm or +hh after the time part
        var tail = s.AsSpan(Math.Max(0, s.Length - 6));
        var sign = tail.LastIndexOfAny('+', '-');
        return sign >= 0 && s.IndexOf('T', StringComparison.OrdinalIgnoreCase) is var t && t > 0 && s.Length - 6 + sign > t;
    }

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
