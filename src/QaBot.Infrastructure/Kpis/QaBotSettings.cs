using QaBot.Infrastructure.Options;
using Microsoft.Extensions.Options;
using QaBot.Core.Definitions;
using QaBot.Core.Kpis;
using QaBot.Core.Transcripts;
using QaBot.Infrastructure.Quality;

namespace QaBot.Infrastructure.Kpis;

/// <summary>
/// The one place configuration becomes Core's settings: <c>Kpi</c>, <c>Sla</c>, <c>Rules</c> and <c>Business</c> map to
/// <see cref="DefinitionSettings"/> (shared by the checks, the live-chat alerts and the bot), <see cref="KpiSettings"/>
/// and the business <see cref="TimeZone"/>. Registered as a singleton by <see cref="KpiRegistration.AddQaBotKpis"/>.
/// </summary>
public sealed class QaBotSettings
{
    public QaBotSettings(IOptions<KpiOptions> kpi, IOptions<SlaOptions> sla, IOptions<RulesOptions> rules, IOptions<BusinessOptions> business)
        : this(kpi.Value, sla.Value, rules.Value, business.Value)
    {
    }

    public QaBotSettings(KpiOptions kpi, SlaOptions sla, RulesOptions rules, BusinessOptions business)
    {
        ArgumentNullException.ThrowIfNull(kpi);
        ArgumentNullException.ThrowIfNull(sla);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(business);
        Definitions = new DefinitionSettings
        {
            InactivityTimeout = TimeSpan.FromMinutes(kpi.InactivityTimeoutMinutes),
            ShortAbandon = TimeSpan.FromSeconds(kpi.ShortAbandonSeconds),
            AnswerWithin = sla.AnswerWithinSeconds.ToDictionary(p => p.Key, p => TimeSpan.FromSeconds(p.Value), StringComparer.Ordinal),
            // A channel the config does not list answers like a chat, the classic 20 s unless configured otherwise.
            DefaultAnswerWithin = TimeSpan.FromSeconds(sla.AnswerWithinSeconds.GetValueOrDefault(Channels.Chat, 20)),
            BusinessHours = sla.BusinessHoursOnly ? HoursOf(business) : null,
        };
        Kpi = new KpiSettings
        {
            Definitions = Definitions,
            FcrWindowDays = kpi.FcrWindowDays,
            CannedMinUses = rules.CannedMinUses,
            ServiceLevelTarget = sla.Target,
        };
        Kpi.Validate();
        TimeZone = business.ResolveTimeZone();
        UseRollups = kpi.UseRollups;
    }

    public DefinitionSettings Definitions { get; }

    private static BusinessHours HoursOf(BusinessOptions business) =>
        business.Hours.Count > 0
            ? business.BuildHours()
            : throw new InvalidOperationException(
                "Sla:BusinessHoursOnly is true but Business:Hours is empty: set e.g. Business:Hours:*:* = \"mon-fri 09:00-18:00\", or turn Sla:BusinessHoursOnly off.");

    public KpiSettings Kpi { get; }

    /// <summary><c>Business:TimeZone</c>: business days, the <c>by_hour</c> clock and the rollups follow it.</summary>
    public TimeZoneInfo TimeZone { get; }

    /// <summary><c>Kpi:UseRollups</c>.</summary>
    public bool UseRollups { get; }

    /// <summary>Settings with every default, in UTC: for tests and tools that run without configuration.</summary>
    public static QaBotSettings Defaults() => new(new KpiOptions(), new SlaOptions(), new RulesOptions(), new BusinessOptions());
}
