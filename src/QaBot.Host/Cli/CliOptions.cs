using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace QaBot.Host.Cli;

/// <summary>
/// The typed options the verbs share. Each parses its own value and names itself in the error, so
/// <c>--from 2026-13-01</c> fails with "--from must be YYYY-MM-DD, got '2026-13-01'" before any work starts.
/// </summary>
internal static class CliOptions
{
    public static Option<DateOnly?> Day(string name, string description, bool required = false) => new(name)
    {
        Description = description,
        HelpName = "YYYY-MM-DD",
        Required = required,
        CustomParser = r => ParseDay(r, name),
    };

    public static Option<TimeZoneInfo?> Zone() => new("--tz")
    {
        Description = "time zone of the days (IANA id, e.g. Europe/Moscow); default Business:TimeZone",
        HelpName = "ZONE",
        CustomParser = r =>
        {
            var id = Single(r);
            try
            {
                return TimeZoneInfo.FindSystemTimeZoneById(id);
            }
            catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
            {
                r.AddError($"--tz: unknown time zone '{id}'; use an IANA id such as Europe/Moscow");
                return null;
            }
        },
    };

    /// <summary>One of <paramref name="choices"/>, case-insensitive, returned in lower case.</summary>
    public static Option<string?> Choice(string name, string description, params string[] choices) => new(name)
    {
        Description = description,
        HelpName = string.Join('|', choices),
        CustomParser = r =>
        {
            var value = Single(r);
            if (choices.Contains(value, StringComparer.OrdinalIgnoreCase))
            {
                return value.ToLowerInvariant();
            }

            r.AddError($"{name} must be {Alternatives(choices)}, got '{value}'");
            return null;
        },
    };

    /// <summary>A whole number of at least <paramref name="min"/>, or the default.</summary>
    public static Option<int> Whole(string name, string description, int defaultValue, int min) => new(name)
    {
        Description = description,
        HelpName = "N",
        DefaultValueFactory = _ => defaultValue,
        CustomParser = r =>
        {
            var value = Single(r);
            if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min)
            {
                return n;
            }

            r.AddError($"{name} must be a whole number of at least {min}, got '{value}'");
            return defaultValue;
        },
    };

    public static Option<string?> Text(string name, string description, string helpName, bool required = false) => new(name)
    {
        Description = description,
        HelpName = helpName,
        Required = required,
    };

    public static Option<bool> Flag(string name, string description) => new(name) { Description = description };

    public static Argument<string> File(string name, string description) => new(name) { Description = description };

    private static DateOnly? ParseDay(ArgumentResult r, string name)
    {
        var value = Single(r);
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        r.AddError($"{name} must be YYYY-MM-DD, got '{value}'");
        return null;
    }

    private static string Single(ArgumentResult r) => r.Tokens.Count > 0 ? r.Tokens[^1].Value : string.Empty;

    private static string Alternatives(string[] choices) =>
        choices.Length == 1 ? choices[0] : string.Join(", ", choices[..^1]) + " or " + choices[^1];
}
