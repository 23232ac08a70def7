using System.Text.Json;
using QaBot.IntegrationTests.Infrastructure;

namespace QaBot.IntegrationTests.Quality;

/// <summary>
/// <c>missed_sale</c> with the shipped phrase lists and models through <c>qabot score</c>: a plain order taken is a
/// sale, a refund request is no purchase intent, an order left unanswered is a missed sale.
/// </summary>
public sealed class ShippedSalesPhrasesTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("en", "Hi! I'll have a large latte with oat milk please", "Sure, one large oat latte coming right up! Anything else with that?", "pass")]
    [InlineData("ru", "Здравствуйте, хочу оформить подписку на год", "Здравствуйте! Оформила, номер заказа 48213, доступ придёт на почту.", "pass")]
    [InlineData("en", "Hello, I'd like a refund for order 5531, the kettle is broken", "Hello! I'm sorry about that, the refund is on its way.", "n/a")]
    [InlineData("ru", "Где мой заказ? Оплатил 2 990 ₽ ещё в понедельник", "Добрый день! Заказ у курьера, привезёт сегодня.", "n/a")]
    [InlineData("en", "Hi, can I book a table for four on Friday at 7?", "Hello! Our kitchen closes at 10 on Fridays.", "fail")]
    [InlineData("ru", "Добрый день, хочу заказать два комплекта постельного белья", "Добрый день! Уточните, пожалуйста, город.", "fail")]
    public async Task Score_JudgesTheSale_WhenTheCustomerAsksToBuyOrAboutSomethingBought(string language, string customer, string reply, string expected)
    {
        var file = _dir.File("chat.jsonl");
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(new
        {
            id = "c1",
            language,
            ended_at = "2026-11-20T09:10:00+00:00",
            messages = new object[]
            {
                new { id = "m1", at = "2026-11-20T09:00:00+00:00", from = "customer", text = customer },
                new { id = "m2", at = "2026-11-20T09:00:15+00:00", from = "operator", text = reply, @operator = new { id = "op-1" } },
            },
        }) + "\n", TestContext.Current.CancellationToken);

        var result = await QaBotProcess.RunAsync(_dir.Path, "score", file, $"--Storage:DataDirectory={_dir.File("data")}");

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal(expected, JsonDocument.Parse(result.Stdout).RootElement.GetProperty("checks").GetProperty("missed_sale").GetString());
    }
}
