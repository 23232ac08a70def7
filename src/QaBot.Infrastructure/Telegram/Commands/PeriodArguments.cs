using QaBot.Infrastructure.Telegram.Periods;
using QaBot.Infrastructure.Telegram.Text;
using QaBot.Infrastructure.Telegram.Updates;

namespace QaBot.Infrastructure.Telegram.Commands;

/// <summary>
/// Reads "[period] [rest…]" (e.g. /stats 7d sales) or "[rest…] [period]" (/operator Ирина 7d). A first word that
/// starts with a digit but is no period is a typo, answered with the period help rather than taken as a name.
/// </summary>
public static class PeriodArguments
{
    public static bool TryLeading(CommandContext context, string defaultPeriod, out ReportPeriod period, out string? rest)
    {
        rest = null;
        var args = context.Args;
        if (args.Count > 0 && PeriodParser.TryParse(args[0], context.Now, context.Zone, out period))
        {
            rest = Join(args.Skip(1));
            return true;
        }

        PeriodParser.TryParse(defaultPeriod, context.Now, context.Zone, out period);
        if (args.Count > 0 && char.IsDigit(args[0][0]))
        {
            return false;
        }

        rest = Join(args);
        return true;
    }

    public static bool TryTrailing(CommandContext context, string defaultPeriod, out ReportPeriod period, out string? rest)
    {
        var args = context.Args;
        if (args.Count > 1 && PeriodParser.TryParse(args[^1], context.Now, context.Zone, out period))
        {
            rest = Join(args.Take(args.Count - 1));
            return true;
        }

        PeriodParser.TryParse(defaultPeriod, context.Now, context.Zone, out period);
        rest = Join(args);
        return true;
    }

    public static string BadPeriod(CommandContext context) =>
        context.Strings.Format(context.Strings.BadPeriod, Html.Escape(context.Args.Count > 0 ? context.Args[0] : string.Empty));

    private static string? Join(IEnumerable<string> words) => string.Join(' ', words) is { Length: > 0 } joined ? joined : null;
}
