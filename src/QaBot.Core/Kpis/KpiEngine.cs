using QaBot.Core.Abstractions;
using QaBot.Core.Kpis.Accumulation;
using QaBot.Core.Kpis.Reports;

namespace QaBot.Core.Kpis;

/// <summary>
/// The KPI engine of DESIGN §3 and §5: chats in, <see cref="KpiReport"/> out. Pure: no IO, time passed in.
/// <para>
/// Input: give it every chat that matters to the period, not only the period's own. Chats whose start (t0) falls on a
/// business day in [from, to] are counted; those in <see cref="KpiRequest.PreviousPeriod"/> feed the trend; every chat,
/// wherever it falls, serves as context: a repeat contact for FCR, a repetition that makes an operator text canned, and
/// the newest data that decides whose FCR window has passed. <see cref="InputQuery"/> says which chats to load.
/// Filters (group, operator) apply to the counted chats only, never to the context: a customer who comes back to a
/// different group still undoes FCR. One entry per chat: fold repeated posts of a chat first
/// (<see cref="Transcripts.ChatMerger.MergeBatch"/>); message order does not matter, the engine sorts messages itself.
/// </para>
/// <para>
/// Stages, public for rollups: <see cref="KpiContext.Build"/> (cross-chat pre-passes) → <see cref="ChatKpiFactsBuilder"/>
/// (per chat) → <see cref="KpiAccumulator"/> (additive, mergeable) → <see cref="KpiReportBuilder"/>.
/// </para>
/// </summary>
public sealed class KpiEngine
{
    public KpiEngine(KpiSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        Settings = settings;
    }

    public KpiSettings Settings { get; }

    public KpiReport Compute(IEnumerable<KpiChat> chats, KpiRequest request)
    {
        ArgumentNullException.ThrowIfNull(chats);
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        var input = chats as IReadOnlyCollection<KpiChat> ?? [.. chats];
        var context = KpiContext.Build(input.Select(c => c.Chat), Settings);
        var (current, previous) = Accumulate(input, context, request);
        return KpiReportBuilder.Build(current, previous, request, Settings);
    }

    /// <summary>Sums the chats that pass the filters into the period's and the previous period's aggregates.</summary>
    public (KpiAccumulator Current, KpiAccumulator Previous) Accumulate(IEnumerable<KpiChat> chats, KpiContext context, KpiRequest request)
    {
        ArgumentNullException.ThrowIfNull(chats);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(request);
        var builder = new ChatKpiFactsBuilder(context, Settings, request.TimeZone, request.Now);
        var comparableUntil = request.PreviousComparableUntil;
        var current = new KpiAccumulator();
        var previous = new KpiAccumulator();
        foreach (var chat in chats)
        {
            if (builder.Build(chat) is not { } facts || !Matches(facts, request))
            {
                continue;
            }

            if (request.Contains(facts.BusinessDay))
            {
                current.Add(facts);
            }
            else if (request.InPreviousPeriod(facts.LocalStart, comparableUntil))
            {
                previous.Add(facts);
            }
        }

        return (current, previous);
    }

    /// <summary>
    /// The chats to load for <paramref name="request"/>: from the start of the previous period (trend) to the FCR
    /// window after the period, plus a day so that chats ending after midnight keep their whole window. No group or
    /// operator filter: the context needs every chat.
    /// </summary>
    public ChatQuery InputQuery(KpiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        var from = BusinessTime.StartOfDay(request.PreviousPeriod().From, request.TimeZone);
        var to = BusinessTime.StartOfDay(request.To.AddDays(1), request.TimeZone) + Settings.FcrWindow + TimeSpan.FromDays(1);
        return new ChatQuery(from, to);
    }

    private static bool Matches(ChatKpiFacts facts, KpiRequest request) =>
        (request.Group is null || string.Equals(facts.Group, request.Group, StringComparison.OrdinalIgnoreCase))
        && (request.OperatorId is null || facts.IsHandledBy(request.OperatorId))
        && (request.StartedBefore is not { } before || facts.LocalStart < before);
}
