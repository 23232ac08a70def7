using CsCheck;
using QaBot.Core.Kpis;
using QaBot.Core.Kpis.Accumulation;
using QaBot.Core.Kpis.Reports;
using QaBot.Core.Transcripts;

namespace QaBot.Core.Tests.Kpis;

public sealed class KpiPropertyTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    // Four days across the DST change (previous period 03-24..03-27 feeds the trend); the canned threshold is low
    // enough that the few generated texts do become canned by repetition.
    private static readonly KpiSettings Settings = KpiSettings.Default with { CannedMinUses = 3 };

    private static readonly Gen<KpiRequest> Request =
        from nowMinutes in Gen.Int[3 * 24 * 60, 11 * 24 * 60]
        from filter in Gen.Int[0, 3]
        select new KpiRequest(new DateOnly(2026, 3, 28), new DateOnly(2026, 3, 31), Berlin, RandomChats.Origin.AddMinutes(nowMinutes))
        {
            Group = filter == 1 ? "sales" : null,
            OperatorId = filter == 2 ? "op-1" : null,
        };

    private static string Json(IEnumerable<KpiChat> chats, KpiRequest request) =>
        KpiJson.Serialize(new KpiEngine(Settings).Compute(chats, request));

    [Fact]
    public void Compute_GivesTheSameReport_WhenMessagesAndChatsArriveInAnyOrder()
    {
        Gen.Select(RandomChats.Input, Request, Gen.Int).Sample((chats, request, seed) =>
        {
            var random = new Random(seed);
            var shuffled = chats
                .Select(c => c with { Chat = c.Chat with { Messages = [.. c.Chat.Messages.OrderBy(_ => random.Next())] } })
                .OrderBy(_ => random.Next())
                .ToList();
            var reordered = shuffled.Select(c => c with { Chat = c.Chat with { Messages = ChatMerger.Order(c.Chat.Messages) } });

            var expected = Json(chats, request);
            Assert.Equal(expected, Json(shuffled, request));
            Assert.Equal(expected, Json(reordered, request));
        });
    }

    [Fact]
    public void Merge_OfStoredPerDayAggregates_EqualsOnePassOverAllChats()
    {
        Gen.Select(RandomChats.Input, Request, Gen.Int).Sample((chats, request, seed) =>
        {
            var random = new Random(seed);
            var engine = new KpiEngine(Settings);
            var context = KpiContext.Build(chats.Select(c => c.Chat), Settings);
            var facts = new ChatKpiFactsBuilder(context, Settings, request.TimeZone, request.Now);
            var (_, previous) = engine.Accumulate(chats, context, request);

            // One aggregate per business day, as a rollup job would store them, combined in a random order.
            var days = chats
                .Select(c => facts.Build(c))
                .OfType<ChatKpiFacts>()
                .Where(f => request.Contains(f.BusinessDay) && Matches(f, request))
                .GroupBy(f => f.BusinessDay)
                .Select(day =>
                {
                    var partial = new KpiAccumulator();
                    foreach (var f in day)
                    {
                        partial.Add(f);
                    }

                    return KpiJson.SerializeAccumulator(partial);
                })
                .OrderBy(_ => random.Next())
                .ToList();
            var merged = new KpiAccumulator();
            foreach (var stored in days)
            {
                merged.Merge(KpiJson.DeserializeAccumulator(stored));
            }

            Assert.Equal(
                Json(chats, request),
                KpiJson.Serialize(KpiReportBuilder.Build(merged, previous, request, Settings)));
        });
    }

    private static bool Matches(ChatKpiFacts facts, KpiRequest request) =>
        (request.Group is null || facts.Group == request.Group) && (request.OperatorId is null || facts.IsHandledBy(request.OperatorId));
}
