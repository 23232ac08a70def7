using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using QaBot.Core.Kpis;

namespace QaBot.Infrastructure.Kpis.Rollups;

/// <summary>
/// Identifies everything a stored day's figures depend on besides the chats: the business zone and the thresholds
/// of DESIGN §3. A stored day with another fingerprint is not read, and the next refresh recomputes it. Bump
/// <see cref="FormatVersion"/> whenever what a stored day means changes.
/// </summary>
public static class RollupFingerprint
{
    public const int FormatVersion = 4;

    public static string Of(KpiSettings settings, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(zone);
        var d = settings.Definitions;
        var answerWithin = string.Join(",", d.AnswerWithin.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value.Ticks}"));
        var text = string.Create(CultureInfo.InvariantCulture,
            $"v{FormatVersion}|{zone.Id}|{d.InactivityTimeout.Ticks}|{d.ShortAbandon.Ticks}|{answerWithin}|{d.DefaultAnswerWithin.Ticks}|{settings.FcrWindowDays}|{settings.CannedMinUses}{Hours(d)}");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }

    // Business hours change waits and outcomes; every-hour mode keeps the fingerprint rollups were stored under.
    private static string Hours(QaBot.Core.Definitions.DefinitionSettings d) =>
        d.BusinessHours is { } hours ? "|hours=" + hours.Describe() : string.Empty;
}
