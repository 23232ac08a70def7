using Microsoft.Extensions.DependencyInjection;
using QaBot.Core.Abstractions;
using QaBot.Core.Checks;
using QaBot.Core.Feedback;
using QaBot.Core.Kpis.Reports;
using QaBot.Core.Transcripts;
using QaBot.Infrastructure.Jobs;
using static QaBot.IntegrationTests.Infrastructure.Chats;

namespace QaBot.IntegrationTests.Telegram.EndToEnd;

/// <summary>What jobs and scoring tell people (<see cref="ITeamNotifier"/>), delivered through the emulator.</summary>
public sealed class NotifierTests : IAsyncLifetime
{
    private BotScenario _bot = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ITeamNotifier Notifier => _bot.Host.Services.GetRequiredService<ITeamNotifier>();

    public async ValueTask InitializeAsync() => _bot = await BotScenario.StartAsync();

    public async ValueTask DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task RudeAlert_GoesToSupervisorsOnlyForRecentMessages_WhenScoringFlagsOldAndNewChats()
    {
        const string Rude = "Заткнись уже, идиот! Достал своими тупыми вопросами.";
        var results = _bot.Host.Services.GetRequiredService<IChatResultStore>();
        // Imported history (two days old, Alerts:RudeMaxAgeMinutes = 60): flagged, not pushed to anyone.
        await _bot.Host.UpsertAsync(Chat("old-rude", Customer("m1", 0, "Где заказ?"), Operator("m2", 20, Rude)) with { Language = "ru" });
        var old = await Eventually.ResultAsync(() => results.GetResultAsync(new ChatKey("webchat", "old-rude"), Ct), BotScenario.Patience, "the old chat scored");
        var now = DateTimeOffset.UtcNow;
        await _bot.Host.UpsertAsync(new Chat
        {
            Id = "new-rude", Source = "webchat", Language = "ru",
            Messages = [Customer("m1", 0, "Где заказ?") with { At = now.AddSeconds(-20) }, Operator("m2", 0, Rude) with { At = now }],
        });

        var alert = await _bot.WaitForAsync(BotTestHost.Supervisor, "Rude message");

        Assert.Equal(["m2"], old.Evidence["politeness"]);
        Assert.Contains("new-rude", alert.VisibleText, StringComparison.Ordinal);
        Assert.DoesNotContain(_bot.SentTo(BotTestHost.Supervisor), m => m.VisibleText!.Contains("old-rude", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WeeklyFeedback_ReportsUnreachableOperatorOnceAndStopsTrying_WhenOperatorNeverStartedBot()
    {
        _bot.Emulator.BlockChat(BotTestHost.Operator, "Forbidden: bot can't initiate conversation with a user");

        var first = await Notifier.SendWeeklyFeedbackAsync(Feedback(), Ct);
        var report = await _bot.WaitForAsync(BotTestHost.Supervisor, "could not deliver");
        await Eventually.WaitUntilAsync(async () => await Notifier.SendWeeklyFeedbackAsync(Feedback(), Ct) == FeedbackDelivery.Unreachable, BotScenario.Patience, "the operator marked unreachable");

        Assert.Equal(FeedbackDelivery.Sent, first);
        Assert.Contains("op-1", report.VisibleText, StringComparison.Ordinal);
        Assert.Single(_bot.SentTo(BotTestHost.Supervisor));
        Assert.Single(_bot.Emulator.Calls, c => c.Method == "sendMessage" && c.StatusCode == 403);
    }

    [Fact]
    public async Task WeeklyFeedback_ReachesLinkedOperatorWithTheirExamples_WhenOperatorCanBeReached()
    {
        var sent = await Notifier.SendWeeklyFeedbackAsync(Feedback(), Ct);

        var message = await _bot.WaitForAsync(BotTestHost.Operator, "Ваша неделя");

        Assert.Equal(FeedbackDelivery.Sent, sent);
        Assert.Contains("Вы: “Добрый день <Анна> & всё”", message.VisibleText, StringComparison.Ordinal);
        Assert.Contains("приветствие", message.VisibleText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RudeAlert_StoresSupervisorVerdict_WhenNotAProblemPressed()
    {
        var chat = Chat("rude-1", Customer("m1", 0, "Где заказ?"), Operator("m2", 20, "Отстаньте <уже>")) with { Group = "sales", Language = "ru" };

        await Notifier.SendRudeMessageAlertAsync(chat, chat.Messages[1], 0.93f, RudenessTier.Rude, Ct);
        var alert = await _bot.WaitForAsync(BotTestHost.Supervisor, "Rude message");
        var notAProblem = alert.ReplyMarkupJson!.Split('"').First(p => p.StartsWith("lb|", StringComparison.Ordinal) && p.EndsWith("|0", StringComparison.Ordinal));
        _bot.Emulator.PushCallbackQuery(BotTestHost.Supervisor, BotTestHost.Supervisor, alert.MessageId, notAProblem);
        var labels = _bot.Host.Services.GetRequiredService<ILabelStore>();
        await Eventually.WaitUntilAsync(async () => (await labels.GetLabelsAsync("politeness", Ct)).Count == 1, BotScenario.Patience, "the stored label");
        var edited = await _bot.Emulator.WaitForAsync(m => m.IsEdit && m.MessageId == alert.MessageId, BotScenario.Patience, Ct);

        var label = Assert.Single(await labels.GetLabelsAsync("politeness", Ct));
        Assert.Equal((new ChatKey("webchat", "rude-1"), "m2", false, "Отстаньте <уже>", BotTestHost.Supervisor), (label.Chat, label.MessageId, label.Confirmed, label.Text, label.LabelledBy));
        Assert.Contains("Отстаньте <уже>", alert.VisibleText, StringComparison.Ordinal);
        Assert.Contains("Marked as not a problem", edited.VisibleText, StringComparison.Ordinal);
        // The verdict is appended to the alert as it was: its bold title and escaped quote survive the edit.
        Assert.StartsWith("🚨 <b>Rude message</b>", edited.Text, StringComparison.Ordinal);
        Assert.Contains("<b>Ирина</b>", alert.Text, StringComparison.Ordinal);
        Assert.Contains("Отстаньте &lt;уже&gt;", edited.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DailySummary_GoesToTeamChatAndSubscribedGroup_WhenSent()
    {
        _bot.Emulator.PushMessage(-900, BotTestHost.Supervisor, "/subscribe", chatType: "group");
        await _bot.WaitForAsync(-900, "will get missed-chat alerts");

        await Notifier.SendDailySummaryAsync(EmptyReport(), null, Ct);

        await _bot.WaitForAsync(-900, "Daily summary");
        await _bot.WaitForAsync(BotTestHost.TeamChat, "Daily summary");
    }

    [Fact]
    public async Task DailySummary_IsInRussian_ForAGroupThatChoseRussian_AndInEnglishForTheOther()
    {
        _bot.Emulator.PushMessage(-900, BotTestHost.Supervisor, "/subscribe", chatType: "group");
        await _bot.WaitForAsync(-900, "will get missed-chat alerts");
        _bot.Emulator.PushMessage(-900, BotTestHost.Supervisor, "/lang ru", chatType: "group");
        await _bot.WaitForAsync(-900, "в этой группе говорю по-русски");

        await Notifier.SendDailySummaryAsync(EmptyReport(), null, Ct);

        await _bot.WaitForAsync(-900, "Сводка за день");
        await _bot.WaitForAsync(BotTestHost.TeamChat, "Daily summary");
    }

    [Fact]
    public async Task GroupLanguage_IsRefused_ForAnOperatorInTheGroup()
    {
        _bot.Emulator.PushMessage(-900, BotTestHost.Operator, "/lang ru", chatType: "group");

        await _bot.WaitForAsync(-900, "Only a supervisor or an admin sets the language of a group");
    }

    [Fact]
    public async Task WeeklyFeedbackJob_NamesTheOperatorsWhoGotNothing_ToSupervisorsOncePerWeek()
    {
        // The week of 2026-11-16: op-1 (linked by configuration) and op-2 (linked to nobody) both handled chats.
        await _bot.Host.UpsertAsync(TeamDay.Chats());
        var job = _bot.Host.Services.GetRequiredService<WeeklyFeedbackJob>();

        await job.RunAsync(new DateOnly(2026, 11, 16), Ct);
        await job.RunAsync(new DateOnly(2026, 11, 16), Ct);
        var report = await _bot.WaitForAsync(BotTestHost.Supervisor, "did not get theirs");
        await _bot.WaitForAsync(BotTestHost.Operator, "2026-11-16");

        Assert.Contains("1 of 2 operators", report.VisibleText, StringComparison.Ordinal);
        Assert.Contains("not linked: op-2", report.VisibleText, StringComparison.Ordinal);
        Assert.Single(_bot.SentTo(BotTestHost.Supervisor), m => m.VisibleText!.Contains("did not get theirs", StringComparison.Ordinal));
    }

    [Fact]
    public void FeedbackComposer_PutsRudenessFirst_AndQuotesWithTheirSpeaker()
    {
        var chat = Chat("f-1", Customer("m1", 0, "Где заказ?"), Operator("m2", 20, "Отстаньте"));
        var result = Kpis.KpiTestData.Result(chat, qaScore: 0, salesIntent: false) with
        {
            Checks = new Dictionary<string, string> { ["greeting"] = "fail", ["unanswered_question"] = "fail", ["politeness"] = "fail" },
            Evidence = new Dictionary<string, IReadOnlyList<string>> { ["politeness"] = ["m2"], ["unanswered_question"] = ["m1"], ["greeting"] = ["m2"] },
        };
        var own = new OperatorKpis { OperatorId = "op-1", Chats = 1 };

        var feedback = FeedbackComposer.Compose(EmptyReport() with { ByOperator = [own] }, own, [(chat, result)]);
        var html = QaBot.Infrastructure.Telegram.Rendering.FeedbackRenderer.Render(QaBot.Infrastructure.Telegram.Text.BotStrings.English, feedback);

        Assert.Equal(["politeness", "greeting", "unanswered_question"], feedback.FailedChecks.Select(f => f.Check));
        Assert.Contains("<i>Customer</i>: “Где заказ?”", html, StringComparison.Ordinal);
        Assert.Contains("<i>You</i>: “Отстаньте”", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("politeness", StringComparison.Ordinal) < html.IndexOf("greeting", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DailySummaryJob_ComparesWithTheDayBeforeAndTheSameWeekday_AndOpensTheChatsOfAFailedCheck()
    {
        // 2026-11-20 (the team day), one chat the day before and one a week before; every chat is scored first.
        var day = TeamDay.Chats();
        var before = Chat("d-1", Customer("m1", 0, "Hi"), Operator("m2", 10, "Hello!")) with { EndedAt = T0.AddMinutes(3) };
        await _bot.Host.UpsertAsync([.. day, Shift(before, -1, "d-1"), Shift(before, -7, "w-1")]);
        var results = _bot.Host.Services.GetRequiredService<IChatResultStore>();
        await Eventually.ResultAsync(() => results.GetResultAsync(new ChatKey("webchat", "c-2"), Ct), BotScenario.Patience, "the day scored");
        await Eventually.ResultAsync(() => results.GetResultAsync(new ChatKey("webchat", "c-1"), Ct), BotScenario.Patience, "the day scored");

        await _bot.Host.Services.GetRequiredService<DailySummaryJob>().RunAsync(new DateOnly(2026, 11, 20), Ct);
        var summary = await _bot.WaitForAsync(BotTestHost.TeamChat, "Daily summary");

        Assert.Contains("vs 2026-11-19: chats ↑ 2", summary.VisibleText, StringComparison.Ordinal);
        Assert.Contains("vs Fri 2026-11-13: chats ↑ 2", summary.VisibleText, StringComparison.Ordinal);
        Assert.Contains("🚨 Rude: 0 · 🔎 To review: 0", summary.VisibleText, StringComparison.Ordinal);
        var button = summary.ReplyMarkupJson!.Split('"').First(p => p.StartsWith("fc|2026-11-20|", StringComparison.Ordinal));
        _bot.Emulator.PushCallbackQuery(BotTestHost.TeamChat, BotTestHost.Supervisor, summary.MessageId, button);
        var chats = await _bot.WaitForAsync(BotTestHost.TeamChat, "failed · 2026-11-20");
        Assert.Contains("webchat/c-", chats.VisibleText, StringComparison.Ordinal);
    }

    private static Chat Shift(Chat chat, int days, string id) => chat with
    {
        Id = id,
        Messages = [.. chat.Messages.Select(m => m with { At = m.At.AddDays(days) })],
        EndedAt = chat.EndedAt?.AddDays(days),
    };

    private static OperatorFeedback Feedback() => new()
    {
        OperatorId = BotTestHost.OperatorId,
        OperatorName = "Ирина",
        Language = "ru",
        From = new DateOnly(2026, 11, 16),
        To = new DateOnly(2026, 11, 22),
        Own = new OperatorKpis { OperatorId = BotTestHost.OperatorId, Name = "Ирина", Chats = 12, AvgWaitSeconds = 14, QaScoreAvg = 81 },
        TeamMedian = new Dictionary<string, double?> { ["chats"] = 10, ["avg_wait_s"] = 18, ["qa_score_avg"] = 85 },
        FailedChecks = [new FailedCheckExample("greeting", 3, new ChatKey("webchat", "c-9"), [new FeedbackQuote(Sender.Operator, "Добрый день <Анна> & всё", BotTestHost.OperatorId, "Ирина")], "Начинайте с приветствия.")],
        BestChat = new ChatKey("webchat", "c-7"),
        BestChatQaScore = 100,
    };

    private static KpiReport EmptyReport() => new()
    {
        From = new DateOnly(2026, 11, 21),
        To = new DateOnly(2026, 11, 21),
        Timezone = "UTC",
        Totals = new KpiFigures(),
        ByHour = new int[24],
        ByChannel = new Dictionary<string, KpiFigures>(),
        ByGroup = new Dictionary<string, KpiFigures>(),
        ByOperator = [],
        Trend = new KpiTrend(new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 20), new KpiHeadline(), new KpiHeadline()),
        PeakHours = new PeakHours(new Dictionary<string, IReadOnlyList<int>>(), []),
        Staffing = new StaffingEstimate(),
    };
}
