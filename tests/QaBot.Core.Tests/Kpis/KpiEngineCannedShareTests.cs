using QaBot.Core.Kpis;
using static QaBot.Core.Tests.Kpis.KpiScenario;

namespace QaBot.Core.Tests.Kpis;

/// <summary>Canned share: flagged messages, and texts repeated (after normalisation) in enough distinct chats.</summary>
public sealed class KpiEngineCannedShareTests
{
    private static readonly DateOnly Day20 = new(2026, 11, 20);
    private static readonly DateTimeOffset Now = Utc(2026, 11, 22);
    private static readonly KpiSettings ThreeUses = KpiSettings.Default with { CannedMinUses = 3 };

    // CannedMinUses = 3. The greeting normalises to "здравствуйте чем могу помочь" in k1, k2 and k3 (k3 is the next
    // day: outside the period, but part of the input) → 3 distinct chats → canned.
    //   k1: greeting ✓, "Ваш заказ отправлен завтра" flagged canned ✓, "Сейчас уточню" ✗            3 messages, 2 canned
    //   k2: greeting ✓, "ок" ✗ ("ок" appears in k2 and k3 only: 2 chats)                           2 messages, 1 canned
    //   k4: "Конечно" three times in one chat ✗ (one distinct chat)                               3 messages, 0 canned
    // canned share over the period (k1, k2, k4) = 3 / 8
    private static List<KpiChat> Chats() =>
    [
        new ChatFixture("k1", Utc(2026, 11, 20, 9)).Customer(0)
            .Operator(5, "op-1", "Здравствуйте! Чем могу помочь?")
            .Operator(10, "op-1", "Ваш заказ отправлен завтра", canned: true)
            .Operator(20, "op-1", "Сейчас уточню").Kpi(),
        new ChatFixture("k2", Utc(2026, 11, 20, 10)).Customer(0)
            .Operator(5, "op-1", "  здравствуйте,   чем могу помочь ")
            .Operator(10, "op-1", "Ок").Kpi(),
        new ChatFixture("k3", Utc(2026, 11, 21, 10)).Customer(0)
            .Operator(5, "op-2", "ЗДРАВСТВУЙТЕ... Чем могу помочь??")
            .Operator(10, "op-2", "ок.").Kpi(),
        new ChatFixture("k4", Utc(2026, 11, 20, 11)).Customer(0)
            .Operator(5, "op-2", "Конечно").Operator(10, "op-2", "Конечно").Operator(15, "op-2", "Конечно").Kpi(),
    ];

    [Fact]
    public void Compute_CountsFlaggedAndRepeatedTexts_WhenRepetitionSpansDistinctChatsOfTheInput()
    {
        var report = Day(Chats(), Day20, Now, ThreeUses);

        Assert.Equal(3.0 / 8, report.Totals.CannedShare);
    }

    [Fact]
    public void Compute_DoesNotTreatTheGreetingAsCanned_WhenTheRepetitionThresholdIsNotReached()
    {
        // Default CannedMinUses = 5: only the flagged message is canned → 1 / 8.
        var report = Day(Chats(), Day20, Now);

        Assert.Equal(1.0 / 8, report.Totals.CannedShare);
    }
}
