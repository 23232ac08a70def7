using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using QaBot.Core.Abstractions;
using QaBot.Core.Kpis;
using QaBot.Core.Kpis.Reports;
using QaBot.Core.Transcripts;
using QaBot.Infrastructure.Kpis;
using QaBot.Infrastructure.Kpis.Rollups;
using QaBot.Infrastructure.Options;
using QaBot.Infrastructure.Quality;

namespace QaBot.IntegrationTests.Kpis;

/// <summary>
/// The KPI services over one real database, wired by hand: <see cref="Service"/> reads rollups where valid,
/// <see cref="Direct"/> always computes from the chats (<c>Kpi:UseRollups=false</c>): the reference it must match.
/// </summary>
public sealed class KpiHarness
{
    public KpiHarness(ITranscriptStore transcripts, IChatResultStore results, KpiRollupStore rollups, DateTimeOffset now)
    {
        Time = new FakeTimeProvider(now);
        Transcripts = new CountingTranscriptStore(transcripts);
        Results = results;
        Rollups = rollups;
        Settings = SettingsWith(useRollups: true);
        Service = new KpiService(Transcripts, results, rollups, Settings);
        Direct = new KpiService(transcripts, results, rollups, SettingsWith(useRollups: false));
        RollupService = new KpiRollupService(Transcripts, results, rollups, Settings, Time, NullLogger<KpiRollupService>.Instance);
    }

    /// <summary>The generator writes UTC+03:00 timestamps; Moscow keeps that offset all year.</summary>
    public static string Zone => "Europe/Moscow";

    public FakeTimeProvider Time { get; }

    public CountingTranscriptStore Transcripts { get; }

    public IChatResultStore Results { get; }

    public KpiRollupStore Rollups { get; }

    public QaBotSettings Settings { get; }

    public KpiService Service { get; }

    public KpiService Direct { get; }

    public KpiRollupService RollupService { get; }

    public KpiRequest Request(DateOnly from, DateOnly to) => new(from, to, Settings.TimeZone, Time.GetUtcNow());

    /// <summary>Both services' reports as DESIGN §5 JSON, rollups first.</summary>
    public async Task<(string FromRollups, string FromChats)> BothAsync(KpiRequest request, CancellationToken cancellationToken) =>
        (KpiJson.Serialize(await Service.ComputeAsync(request, cancellationToken)),
         KpiJson.Serialize(await Direct.ComputeAsync(request, cancellationToken)));

    public async Task UpsertAsync(IReadOnlyList<Chat> chats, CancellationToken cancellationToken)
    {
        foreach (var batch in chats.Chunk(500))
        {
            await Transcripts.UpsertAsync(batch, cancellationToken);
        }
    }

    private static QaBotSettings SettingsWith(bool useRollups) =>
        new(new KpiOptions { UseRollups = useRollups }, new SlaOptions(), new RulesOptions(), new BusinessOptions { TimeZone = Zone });
}
