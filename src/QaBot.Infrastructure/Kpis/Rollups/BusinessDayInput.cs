using QaBot.Core.Kpis;
using QaBot.Core.Kpis.Accumulation;

namespace QaBot.Infrastructure.Kpis.Rollups;

/// <summary>
/// What one business day's figures are computed from: its chats with their quality results, the cross-chat context
/// (<see cref="BusinessDayChats"/> says which chats it covers), and the instant after which the passing of time
/// alone can no longer change them.
/// </summary>
/// <param name="SettlesAt">
/// The first instant at which every chat of the day without <c>ended_at</c> has passed the inactivity timeout, so it
/// counts as ended whenever it is evaluated later; null when no chat of the day depends on the clock.
/// </param>
public sealed record BusinessDayInput(DateOnly Day, IReadOnlyList<KpiChat> Chats, KpiContext Context, DateTimeOffset? SettlesAt);
