using Microsoft.Extensions.DependencyInjection;
using QaBot.Core.Abstractions;
using QaBot.Core.Kpis;
using QaBot.Core.Transcripts;

namespace QaBot.IntegrationTests.Telegram.EndToEnd;

/// <summary>
/// Business hours through the real host and the emulator (issue 11, capability 3): with <c>Sla:BusinessHoursOnly</c> a
/// chat written while closed is not alerted, and once it ends unanswered it is "after hours" in /stats and the KPIs, not
/// missed; a group that is open keeps its alerts.
/// </summary>
public sealed class BusinessHoursAlertTests
{
    [Fact]
    public async Task ChatWrittenWhileClosed_IsNotAlerted_AndCountsAfterHoursNotMissed()
    {
        // Closed all day today (open only three days from now); the "open" group is open around the clock.
        var openDay = DateTime.UtcNow.AddDays(3).DayOfWeek.ToString()[..3].ToLowerInvariant();
        await using var bot = await BotScenario.StartAsync(
            "--Alerts:AfterSeconds=1", "--Sla:BusinessHoursOnly=true",
            $"--Business:Hours:*:*={openDay} 00:00-24:00", "--Business:Hours:open:*=daily 00:00-24:00");
        var now = DateTimeOffset.UtcNow;
        await MissedChatAlertTests.PostAsync(bot, "night-1", "support", MissedChatAlertTests.Message("m1", now, "customer", "Closed-hours question"));
        await MissedChatAlertTests.PostAsync(bot, "day-1", "open", MissedChatAlertTests.Message("m1", now, "customer", "Open-hours question"));

        var control = await bot.WaitForAsync(BotTestHost.TeamChat, "Chat waiting over 1s");
        await Task.Delay(TimeSpan.FromSeconds(2), TestContext.Current.CancellationToken);
        await bot.Host.UpsertAsync(new Chat
        {
            Id = "night-2",
            Source = "webchat",
            Channel = Channels.Chat,
            Group = "support",
            EndedAt = now.AddSeconds(-30),
            Messages = [new ChatMessage { Id = "m1", At = now.AddMinutes(-2), From = Sender.Customer, Text = "Left while closed" }],
        });
        bot.Say(BotTestHost.Supervisor, "/stats");
        var stats = await bot.WaitForAsync(BotTestHost.Supervisor, "After hours");
        var kpi = await bot.Host.Services.GetRequiredService<IKpiService>().ComputeAsync(
            new KpiRequest(DateOnly.FromDateTime(now.UtcDateTime), DateOnly.FromDateTime(now.UtcDateTime), TimeZoneInfo.Utc, DateTimeOffset.UtcNow), TestContext.Current.CancellationToken);

        Assert.DoesNotContain(bot.Emulator.SentMessages, m => m.VisibleText?.Contains("Closed-hours question", StringComparison.Ordinal) == true);
        Assert.Contains("Open-hours question", control.VisibleText, StringComparison.Ordinal);
        Assert.Contains("After hours (not missed): 1", stats.VisibleText, StringComparison.Ordinal);
        Assert.Contains("Missed: 0", stats.VisibleText, StringComparison.Ordinal);
        Assert.Contains("count business hours only", stats.VisibleText, StringComparison.Ordinal);
        Assert.True(kpi.BusinessHoursOnly);
        Assert.Equal((1, 0, 2), (kpi.Totals.AfterHours, kpi.Totals.Missed, kpi.Totals.Waiting));
    }

    [Fact]
    public async Task StatsInRussian_SayAfterHoursAndTheMode()
    {
        var openDay = DateTime.UtcNow.AddDays(3).DayOfWeek.ToString()[..3].ToLowerInvariant();
        await using var bot = await BotScenario.StartAsync("--Sla:BusinessHoursOnly=true", $"--Business:Hours:*:*={openDay} 09:00-18:00");
        var now = DateTimeOffset.UtcNow;
        await bot.Host.UpsertAsync(new Chat
        {
            Id = "noch-1",
            Source = "webchat",
            Channel = Channels.Chat,
            EndedAt = now.AddSeconds(-30),
            Messages = [new ChatMessage { Id = "m1", At = now.AddMinutes(-1), From = Sender.Customer, Text = "Здравствуйте, вы работаете?" }],
        });

        bot.Say(BotTestHost.Supervisor, "/stats", "ru");
        var stats = await bot.WaitForAsync(BotTestHost.Supervisor, "нерабочее");

        Assert.Contains("В нерабочее время (не пропущены): 1", stats.VisibleText, StringComparison.Ordinal);
        Assert.Contains("только в рабочие часы", stats.VisibleText, StringComparison.Ordinal);
    }
}
