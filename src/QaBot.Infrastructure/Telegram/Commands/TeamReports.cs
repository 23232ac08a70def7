using Microsoft.Extensions.DependencyInjection;
using QaBot.Core.Abstractions;
using QaBot.Core.Definitions;
using QaBot.Core.Kpis;
using QaBot.Core.Kpis.Reports;
using QaBot.Infrastructure.Telegram.Live;
using QaBot.Infrastructure.Telegram.Periods;

namespace QaBot.Infrastructure.Telegram.Commands;

/// <summary>
/// The numbers behind the commands: KPI reports through <see cref="IKpiService"/> for business days, live windows and
/// missed-chat lists straight from the transcript store. Ports that are optional in this assembly (KPIs, QA results,
/// labels) are looked up when first needed, so a missing one disables its commands instead of the whole bot.
/// </summary>
public sealed class TeamReports
{
    private readonly IServiceProvider _services;
    private readonly ITranscriptStore _store;
    private readonly KpiSettings _settings;

    public TeamReports(IServiceProvider services, ITranscriptStore store, KpiSettings settings)
    {
        _services = services;
        _store = store;
        _settings = settings;
    }

    public DefinitionSettings Definitions => _settings.Definitions;

    public KpiSettings Settings => _settings;

    public ITranscriptStore Store => _store;

    public IChatResultStore Results => Port<IChatResultStore>();

    /// <summary>The QA results store when registered; a chat can be shown without its result.</summary>
    public IChatResultStore? OptionalResults => _services.GetService<IChatResultStore>();

    public ILabelStore Labels => Port<ILabelStore>();

    public Task<KpiReport> KpisAsync(DateOnly from, DateOnly to, string? group, string? operatorId, DateTimeOffset now, TimeZoneInfo zone, CancellationToken cancellationToken) =>
        Port<IKpiService>().ComputeAsync(new KpiRequest(from, to, zone, now) { Group = group, OperatorId = operatorId }, cancellationToken);

    /// <summary>The KPIs of the period: its days, or for a live window (15m, 60m) the chats of those minutes.</summary>
    public Task<KpiReport> KpisAsync(ReportPeriod period, string? group, string? operatorId, DateTimeOffset now, TimeZoneInfo zone, CancellationToken cancellationToken) =>
        period.IsLiveWindow
            ? LiveKpisAsync(period, group, operatorId, now, zone, cancellationToken)
            : KpisAsync(period.From, period.To, group, operatorId, now, zone, cancellationToken);

    public async Task<LiveWindowStats> LiveAsync(ReportPeriod period, string? group, DateTimeOffset now, TimeZoneInfo zone, CancellationToken cancellationToken) =>
        LiveWindowStats.Compute(await ChatsAsync(period, group, now, zone, cancellationToken), now, _settings.Definitions);

    /// <summary>
    /// KPIs of a live window (<c>/operators 15m</c>): the engine over the chats that started in the last minutes only,
    /// so an operator leaderboard says what those minutes held, not the whole day.
    /// </summary>
    public async Task<KpiReport> LiveKpisAsync(ReportPeriod period, string? group, string? operatorId, DateTimeOffset now, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var chats = await ChatsAsync(period, group, now, zone, cancellationToken);
        var (start, _) = period.Window(now, zone);
        var from = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(start, zone).DateTime);
        var to = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        return new KpiEngine(_settings).Compute(chats.Select(chat => new KpiChat(chat)), new KpiRequest(from, to, zone, now) { Group = group, OperatorId = operatorId });
    }

    /// <summary>Chats of the period still waiting for their first answer now, longest wait first.</summary>
    public async Task<IReadOnlyList<ChatTimeline>> WaitingAsync(ReportPeriod period, string? group, DateTimeOffset now, TimeZoneInfo zone, CancellationToken cancellationToken) =>
        (await ChatsAsync(period, group, now, zone, cancellationToken))
            .Select(chat => ChatTimeline.For(chat, now, _settings.Definitions))
            .Where(t => t.IsWaiting)
            .OrderByDescending(t => t.WaitedAt(now))
            .ToList();

    /// <summary>
    /// The stored group a button's group token names (<see cref="Rendering.ChatReferences.GroupToken"/>): (true, null)
    /// for no token, (false, null) when no stored group matches any more.
    /// </summary>
    public async Task<(bool Found, string? Group)> GroupOfTokenAsync(string token, CancellationToken cancellationToken)
    {
        if (token.Length == 0)
        {
            return (true, null);
        }

        var group = (await _store.GroupsAsync(cancellationToken)).FirstOrDefault(g => Rendering.ChatReferences.MatchesGroupToken(g, token));
        return (group is not null, group);
    }

    /// <summary>Missed chats of the period (DESIGN §3 "missed" evaluated now), oldest first.</summary>
    public async Task<IReadOnlyList<ChatTimeline>> MissedAsync(ReportPeriod period, string? group, DateTimeOffset now, TimeZoneInfo zone, CancellationToken cancellationToken) =>
        (await ChatsAsync(period, group, now, zone, cancellationToken))
            .Select(chat => ChatTimeline.For(chat, now, _settings.Definitions))
            .Where(t => t.IsMissed)
            .ToList();

    /// <summary>
    /// Up to <paramref name="limit"/> of the period's chats that lost points and pass <paramref name="keep"/>, lowest
    /// QA first, looking at the 500 lowest (a drill-down list, not a report).
    /// </summary>
    public async Task<IReadOnlyList<Rendering.WorstChat>> WorstWhereAsync(
        DateTimeOffset start, DateTimeOffset end, int limit, Func<ChatResult, Core.Transcripts.Chat?, bool> keep, CancellationToken cancellationToken)
    {
        const int candidates = 500;
        var rows = new List<Rendering.WorstChat>();
        foreach (var result in await Results.WorstAsync(start, end, candidates, null, cancellationToken))
        {
            var chat = await _store.GetAsync(result.Key, cancellationToken);
            if (keep(result, chat))
            {
                rows.Add(Rendering.WorstChat.From(result, chat));
                if (rows.Count == limit)
                {
                    break;
                }
            }
        }

        return rows;
    }

    private async Task<List<Core.Transcripts.Chat>> ChatsAsync(ReportPeriod period, string? group, DateTimeOffset now, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var (start, end) = period.Window(now, zone);
        var chats = new List<Core.Transcripts.Chat>();
        await foreach (var chat in _store.QueryAsync(new ChatQuery(start, end) { Group = group }, cancellationToken))
        {
            chats.Add(chat);
        }

        return chats;
    }

    private T Port<T>()
        where T : notnull =>
        _services.GetService<T>() ?? throw new FeatureUnavailableException($"{typeof(T).Name} is not registered.");
}
