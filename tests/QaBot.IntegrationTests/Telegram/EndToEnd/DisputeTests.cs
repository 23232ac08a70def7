using Microsoft.Extensions.DependencyInjection;
using QaBot.Core.Abstractions;
using QaBot.Core.Feedback;
using QaBot.Core.Kpis.Reports;
using QaBot.Core.Transcripts;
using static QaBot.IntegrationTests.Infrastructure.Chats;

namespace QaBot.IntegrationTests.Telegram.EndToEnd;

/// <summary>
/// Operators see their coaching (issue 11, capability 6) through the real host and the emulator: the weekly feedback's
/// chats open for the operator with their messages marked, "⚖️" sends the supervisors the chat with accept / reject,
/// the decision becomes a label and is told to the operator; nobody else may dispute, nobody decides twice.
/// </summary>
public sealed class DisputeTests : IAsyncLifetime
{
    private const long OtherOperator = 3002;

    private BotScenario _bot = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _bot = await BotScenario.StartAsync($"--Access:Operators:{OtherOperator}=op-2");
        await _bot.Host.UpsertAsync(Chat("c-9", Customer("m1", 0, "Где мой заказ 5521?"), Operator("m2", 20, "Заказ 5521 у курьера, будет сегодня.")) with { Language = "ru", EndedAt = T0.AddMinutes(5) });
        await Eventually.ResultAsync(() => _bot.Host.Services.GetRequiredService<IChatResultStore>().GetResultAsync(new ChatKey("webchat", "c-9"), Ct), BotScenario.Patience, "the chat scored");
    }

    public async ValueTask DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Dispute_GoesToTheSupervisor_WhoseAcceptBecomesALabel_AndIsToldToTheOperator()
    {
        await _bot.Host.Services.GetRequiredService<ITeamNotifier>().SendWeeklyFeedbackAsync(Feedback(), Ct);
        var feedback = await _bot.WaitForAsync(BotTestHost.Operator, "Ваша неделя");
        var open = Data(feedback, "cv|r|");
        var dispute = Data(feedback, "dp|");

        _bot.Emulator.PushCallbackQuery(BotTestHost.Operator, BotTestHost.Operator, feedback.MessageId, open, "ru");
        var chat = await _bot.WaitForAsync(BotTestHost.Operator, "у курьера");
        _bot.Emulator.PushCallbackQuery(BotTestHost.Operator, BotTestHost.Operator, feedback.MessageId, dispute, "ru");
        var sent = await _bot.WaitForAsync(BotTestHost.Operator, "отправлен руководителям");
        var request = await _bot.WaitForAsync(BotTestHost.Supervisor, "Dispute");
        _bot.Emulator.PushCallbackQuery(BotTestHost.Operator, BotTestHost.Operator, feedback.MessageId, dispute, "ru");
        await Eventually.WaitUntilAsync(() => Task.FromResult(_bot.Emulator.CallbackAnswers.Any(a => a.Text?.Contains("уже оспорили", StringComparison.Ordinal) == true)), BotScenario.Patience, "the second press answered");

        _bot.Emulator.PushCallbackQuery(BotTestHost.Supervisor, BotTestHost.Supervisor, request.MessageId, Data(request, "dd|", "|a"));
        var outcome = await _bot.WaitForAsync(BotTestHost.Operator, "принял(а) ваш спор");
        var edited = await _bot.Emulator.WaitForAsync(m => m.IsEdit && m.MessageId == request.MessageId, BotScenario.Patience, Ct);
        _bot.Emulator.PushCallbackQuery(BotTestHost.Supervisor, BotTestHost.Admin, request.MessageId, Data(request, "dd|", "|r"));
        await Eventually.WaitUntilAsync(() => Task.FromResult(_bot.Emulator.CallbackAnswers.Any(a => a.Text?.Contains("Already decided", StringComparison.Ordinal) == true)), BotScenario.Patience, "the late decision refused");

        Assert.Contains("👉", chat.VisibleText, StringComparison.Ordinal);
        Assert.Contains("c-9", sent.VisibleText, StringComparison.Ordinal);
        Assert.Contains("greeting", request.VisibleText, StringComparison.Ordinal);
        Assert.Contains("👉", request.VisibleText, StringComparison.Ordinal);
        Assert.Contains("у курьера", request.VisibleText, StringComparison.Ordinal);
        Assert.Single(_bot.SentTo(BotTestHost.Supervisor), m => m.VisibleText!.Contains("Dispute", StringComparison.Ordinal) && !m.IsEdit);
        Assert.Contains("Accepted by", edited.VisibleText, StringComparison.Ordinal);
        Assert.Contains("приветствие", outcome.VisibleText, StringComparison.Ordinal);
        var label = Assert.Single(await _bot.Host.Services.GetRequiredService<ILabelStore>().GetLabelsAsync("greeting", Ct));
        Assert.Equal((new ChatKey("webchat", "c-9"), false, BotTestHost.Supervisor), (label.Chat, label.Confirmed, label.LabelledBy));
        Assert.DoesNotContain(_bot.SentTo(BotTestHost.Operator), m => m.VisibleText!.Contains("отклонил", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Dispute_IsRefused_ForAnOperatorWhoDidNotWriteInTheChat()
    {
        await _bot.Host.Services.GetRequiredService<ITeamNotifier>().SendWeeklyFeedbackAsync(Feedback(), Ct);
        var feedback = await _bot.WaitForAsync(BotTestHost.Operator, "Ваша неделя");

        _bot.Emulator.PushCallbackQuery(OtherOperator, OtherOperator, feedback.MessageId, Data(feedback, "dp|"));
        await Eventually.WaitUntilAsync(() => Task.FromResult(_bot.Emulator.CallbackAnswers.Any(a => a.Text?.Contains("only the chats you wrote in", StringComparison.Ordinal) == true)), BotScenario.Patience, "the refusal");

        await Task.Delay(500, Ct);
        Assert.DoesNotContain(_bot.SentTo(BotTestHost.Supervisor), m => m.VisibleText!.Contains("Dispute", StringComparison.Ordinal));
    }

    private static string Data(QaBot.TelegramEmulator.Recording.RecordedMessage message, string prefix, string suffix = "") =>
        message.ReplyMarkupJson!.Split('"').First(p => p.StartsWith(prefix, StringComparison.Ordinal) && p.EndsWith(suffix, StringComparison.Ordinal));

    private static OperatorFeedback Feedback() => new()
    {
        OperatorId = BotTestHost.OperatorId,
        OperatorName = "Ирина",
        Language = "ru",
        From = new DateOnly(2026, 11, 16),
        To = new DateOnly(2026, 11, 22),
        Own = new OperatorKpis { OperatorId = BotTestHost.OperatorId, Name = "Ирина", Chats = 12, QaScoreAvg = 81 },
        TeamMedian = new Dictionary<string, double?> { ["chats"] = 10 },
        FailedChecks = [new FailedCheckExample("greeting", 1, new ChatKey("webchat", "c-9"), [new FeedbackQuote(Sender.Operator, "Заказ 5521 у курьера, будет сегодня.", BotTestHost.OperatorId, "Ирина")], "Начинайте с приветствия.")],
    };
}
