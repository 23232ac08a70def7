using Microsoft.Extensions.DependencyInjection;
using QaBot.Core.Abstractions;
using QaBot.Core.Kpis;
using QaBot.Core.Transcripts;

namespace QaBot.IntegrationTests.Telegram.EndToEnd;

/// <summary>
/// The politeness <c>review</c> tier (DESIGN §4): a message the model is unsure of reaches supervisors with the label
/// buttons, leaves the chat's score alone, and is counted by the KPIs under <c>to_review</c>.
/// </summary>
public sealed class ReviewTierTests : IAsyncLifetime
{
    private BotScenario _bot = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // RudeThreshold 1 and ReviewThreshold 0.01: every operator message without a lexicon hit lands in the review tier.
    public async ValueTask InitializeAsync() => _bot = await BotScenario.StartAsync("--Rules:RudeThreshold=1", "--Rules:ReviewThreshold=0.01");

    public async ValueTask DisposeAsync() => await _bot.DisposeAsync();

    // A customer message 40 s ago and the operator's answer 30 s ago: recent enough to be alerted on.
    private async Task<DateTimeOffset> UpsertAsync(string id, string customerText, string operatorText)
    {
        var now = DateTimeOffset.UtcNow;
        await _bot.Host.UpsertAsync(new Chat
        {
            Id = id, Source = "webchat", Language = "en", Group = "support",
            Messages =
            [
                new ChatMessage { Id = "m1", At = now.AddSeconds(-40), From = Sender.Customer, Text = customerText },
                new ChatMessage { Id = "m2", At = now.AddSeconds(-30), From = Sender.Operator, Operator = new Party("op-7", "Dana"), Text = operatorText },
            ],
        });
        return now;
    }

    [Fact]
    public async Task UnsureMessage_AsksSupervisorsForALabelWithoutTouchingTheScore_WhenBetweenTheThresholds()
    {
        var now = await UpsertAsync("unsure-1", "hi, my parcel hasn't come", "I have told you what the notes say.");

        var alert = await _bot.WaitForAsync(BotTestHost.Supervisor, "Please review");
        var result = await Eventually.ResultAsync(
            () => _bot.Host.Services.GetRequiredService<IChatResultStore>().GetResultAsync(new ChatKey("webchat", "unsure-1"), Ct),
            BotScenario.Patience, "the chat scored");
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var kpis = await _bot.Host.Services.GetRequiredService<IKpiService>().ComputeAsync(new KpiRequest(today.AddDays(-1), today.AddDays(1), TimeZoneInfo.Utc, DateTimeOffset.UtcNow), Ct);

        Assert.Contains("I have told you what the notes say.", alert.VisibleText, StringComparison.Ordinal);
        Assert.Contains("lb|", alert.ReplyMarkupJson, StringComparison.Ordinal);
        Assert.Equal(["m2"], result.Review);
        Assert.Equal("pass", result.Checks["politeness"]);
        Assert.NotEqual(0, result.QaScore);
        Assert.Equal(1, kpis.Totals.ToReview);
        Assert.DoesNotContain(_bot.SentTo(BotTestHost.Supervisor), m => m.VisibleText!.Contains("Rude message", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LexiconHit_IsRudeNotReview_WhateverTheModelSays()
    {
        await UpsertAsync("rude-lex", "where is my refund", "Are you stupid? Read the email.");

        var alert = await _bot.WaitForAsync(BotTestHost.Supervisor, "Rude message");
        var result = await Eventually.ResultAsync(
            () => _bot.Host.Services.GetRequiredService<IChatResultStore>().GetResultAsync(new ChatKey("webchat", "rude-lex"), Ct),
            BotScenario.Patience, "the chat scored");

        Assert.Contains("rude-lex", alert.VisibleText, StringComparison.Ordinal);
        Assert.Equal("fail", result.Checks["politeness"]);
        Assert.Equal(0, result.QaScore);
        Assert.Empty(result.Review);
    }
}
