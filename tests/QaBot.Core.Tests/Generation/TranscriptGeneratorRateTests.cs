using QaBot.Core.Generation;
using QaBot.Core.Transcripts;

namespace QaBot.Core.Tests.Generation;

/// <summary>The rates the generator promises, measured on its output the way KPIs and checks would measure them.</summary>
public sealed class TranscriptGeneratorRateTests
{
    private static readonly GeneratorRates Rates = GeneratedSample.Settings.Rates;
    private static readonly IReadOnlyList<GeneratedChat> Week = GeneratedSample.Week;
    private static readonly List<GeneratedChat> Inbound = [.. Week.Where(g => !GeneratedSample.Timeline(g.Chat).IsOutbound)];
    private static readonly List<GeneratedChat> Answered = [.. Inbound.Where(g => GeneratedSample.Timeline(g.Chat).IsAnswered)];
    private static readonly List<GeneratedChat> LiveAnswered = [.. Answered.Where(g => GeneratedSample.IsLive(g.Chat))];

    [Fact]
    public void Generate_MissesAndShortAbandonsConfiguredShares_WhenMeasuredByChatTimeline()
    {
        var timelines = Inbound.Select(g => GeneratedSample.Timeline(g.Chat)).ToList();

        RateAssert.Near(Rates.MissedRate, timelines.Count(t => t.IsMissed), timelines.Count, "missed");
        RateAssert.Near(Rates.ShortAbandonRate, timelines.Count(t => t.IsShortAbandon), timelines.Count, "short abandon");
        Assert.DoesNotContain(timelines, t => t.IsWaiting);
        Assert.Contains(timelines, t => t.IsMissed && t.Chat.EndedAt is null);
        Assert.Contains(timelines, t => t.IsMissed && t.Chat.EndedAt is not null);
        Assert.Equal(
            Inbound.Count(g => g.Scenario.Kind == ChatKind.Missed),
            timelines.Count(t => t.IsMissed));
    }

    [Fact]
    public void Generate_AnswersSlowerThanTwentySecondsAtConfiguredShare_OnLiveChannels()
    {
        var slow = LiveAnswered.Count(g => GeneratedSample.Timeline(g.Chat).Wait > TimeSpan.FromSeconds(20));

        RateAssert.Near(Rates.SlowFirstResponseRate, slow, LiveAnswered.Count, "wait > 20 s");
    }

    [Fact]
    public void Generate_BringsCustomersBackWithinSevenDays_AtConfiguredShare()
    {
        var ends = new Dictionary<string, List<DateTimeOffset>>();
        int repeats = 0, counted = 0;
        var firstDay = DateOnly.FromDateTime(Week[0].Chat.Messages[0].At.DateTime);
        foreach (var g in Inbound)
        {
            var timeline = GeneratedSample.Timeline(g.Chat);
            var start = timeline.Start!.Value;
            var customer = g.Chat.Customer!.Id;
            var returning = ends.TryGetValue(customer, out var earlier) && earlier.Any(end => end < start && start - end < TimeSpan.FromDays(7));
            if (DateOnly.FromDateTime(start.DateTime) > firstDay)
            {
                counted++;
                repeats += returning ? 1 : 0;
            }

            Assert.Equal(g.Scenario.RepeatContact, returning);
            if (earlier is null)
            {
                ends[customer] = earlier = [];
            }

            earlier.Add(timeline.End!.Value);
        }

        RateAssert.Near(Rates.RepeatContactRate, repeats, counted, "repeat contacts", bias: 0.015);
    }

    [Fact]
    public void Generate_TransfersConfiguredShare_ToAnotherOperatorWhoWritesNext()
    {
        var transferred = Answered.Where(g => g.Chat.Messages.Any(m => m.IsTransfer)).ToList();

        RateAssert.Near(Rates.TransferRate, transferred.Count, Answered.Count, "transfers");
        Assert.All(transferred, g =>
        {
            var messages = g.Chat.Messages;
            var at = messages.ToList().FindIndex(m => m.IsTransfer);
            var before = messages.Take(at).Last(m => m.From == Sender.Operator).Operator!.Id;
            var after = messages.Skip(at + 1).First(m => m.From == Sender.Operator).Operator!.Id;
            Assert.Equal(messages[at].Operator!.Id, after);
            Assert.NotEqual(before, after);
        });
    }

    [Fact]
    public void Generate_CollectsCsatFromConfiguredShare_LowerWhenTheOperatorWasRude()
    {
        var rated = Answered.Where(g => g.Chat.Csat is not null).ToList();

        RateAssert.Near(Rates.CsatResponseRate, rated.Count, Answered.Count, "csat present");
        var rude = rated.Where(g => g.Scenario.RudeMessage).Average(g => g.Chat.Csat!.Value);
        var clean = rated.Where(g => g.Scenario is { RudeMessage: false, SlowFirstResponse: false, UnannouncedLongWait: false, MissingClosing: false })
            .Average(g => g.Chat.Csat!.Value);
        Assert.True(rude < 2.5 && clean > 4.0, $"rude {rude:F2}, clean {clean:F2}");
    }

    [Fact]
    public void Generate_ShowsPurchaseIntentAndConversions_AtConfiguredShares()
    {
        var sales = Inbound.Where(g => g.Chat.Group == "sales").ToList();
        var intent = Answered.Where(g => g.Scenario.PurchaseIntent).ToList();

        RateAssert.Near(Rates.PurchaseIntentRate, sales.Count(g => g.Scenario.PurchaseIntent), sales.Count, "purchase intent");
        RateAssert.Near(Rates.ConversionRate, intent.Count(g => g.Chat.Converted == true), intent.Count, "conversion");
        RateAssert.Near(Rates.MissedSaleRate, intent.Count(g => g.Scenario.MissedSale), intent.Count, "missed sale");
        Assert.DoesNotContain(Week, g => g.Chat.Converted == true && (g.Scenario.MissedSale || !g.Scenario.PurchaseIntent));
    }

    [Fact]
    public void Generate_InjectsOperatorLapsesAtConfiguredRates()
    {
        var waited = Answered.Where(g => g.Scenario.HasWaitOverSixtySeconds).ToList();

        RateAssert.Near(Rates.MissingGreetingRate, Answered.Count(g => g.Scenario.MissingGreeting), Answered.Count, "missing greeting");
        RateAssert.Near(Rates.UnannouncedLongWaitRate, LiveAnswered.Count(g => g.Scenario.UnannouncedLongWait), LiveAnswered.Count, "unannounced long wait");
        RateAssert.Near(Rates.AnnouncedHoldRate, LiveAnswered.Count(g => g.Scenario.AnnouncedHold), LiveAnswered.Count, "announced hold");
        RateAssert.Near(Rates.MissingThanksForWaitingRate, waited.Count(g => g.Scenario.MissingThanksForWaiting), waited.Count, "missing thanks");
        RateAssert.Near(Rates.MissingClosingRate, Answered.Count(g => g.Scenario.MissingClosing), Answered.Count, "missing closing");
        RateAssert.Near(Rates.RudeMessageRate, Answered.Count(g => g.Scenario.RudeMessage), Answered.Count, "rude");
        RateAssert.Near(Rates.UnansweredQuestionRate, Answered.Count(g => g.Scenario.UnansweredQuestion), Answered.Count, "unanswered question");
    }

    [Fact]
    public void Generate_TimesLongWaitsAfterFirstResponse_OnlyWhereTheScenarioPutsThem()
    {
        foreach (var g in LiveAnswered)
        {
            var hasLongWait = HasCustomerWaitOverSixtySecondsAfterFirstResponse(g.Chat);
            if (g.Scenario.UnannouncedLongWait)
            {
                Assert.True(hasLongWait, $"{g.Chat.Id} should make the customer wait over 60 s");
            }
            else if (!g.Scenario.AnnouncedHold)
            {
                Assert.False(hasLongWait, $"{g.Chat.Id} has a long wait its scenario does not mention");
            }
        }
    }

    /// <summary>DESIGN §3 long wait, first part: a customer message after t1 whose next operator message comes over 60 s later.</summary>
    private static bool HasCustomerWaitOverSixtySecondsAfterFirstResponse(Chat chat)
    {
        var t1 = GeneratedSample.Timeline(chat).FirstResponseIndex;
        var messages = chat.Messages;
        for (var i = t1 + 1; i < messages.Count; i++)
        {
            if (messages[i].From != Sender.Customer)
            {
                continue;
            }

            var next = messages.Skip(i + 1).FirstOrDefault(m => m.From == Sender.Operator);
            if (next is not null && next.At - messages[i].At > TimeSpan.FromSeconds(60))
            {
                return true;
            }
        }

        return false;
    }
}
