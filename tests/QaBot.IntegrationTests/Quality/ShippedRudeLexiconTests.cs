using System.Text.Json;
using QaBot.IntegrationTests.Infrastructure;

namespace QaBot.IntegrationTests.Quality;

/// <summary>
/// The shipped rude lexicon (config/rules) through <c>qabot score</c>: ordinary words one letter from a slur never fail
/// <c>politeness</c> (it zeroes the operator's QA score), and rudeness in disguise always does.
/// </summary>
public sealed class ShippedRudeLexiconTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Score_PassesPoliteness_WhenAnOperatorWritesWordsThatOnlyLookLikeRudeOnes()
    {
        var verdicts = await PolitenessAsync(
            "With regard to your order, it ships today.",
            "Thanks for waiting! Kind regard - Anna",
            "Reward points are added to your account within 24 hours.",
            "We have a new branch in Scunthorpe, it opens at 9.",
            "Извините, это тупиковая ветка, оформление пройдёт через сайт.",
            "Сумка уже у курьера, заказ пошёл в доставку.",
            "Педикюр с покрытием — 2 700 ₽, записать вас на завтра?",
            "Хребет из говядины сейчас нет в наличии, могу предложить рёбра.",
            "Sorry, the shiitake soup is sold out today, may I offer the miso?");

        Assert.All(verdicts, v => Assert.True(v.Verdict == "pass", $"'{v.Text}' failed politeness"));
    }

    [Fact]
    public async Task Score_FailsPoliteness_WhenAnOperatorIsRudeInPlainOrDisguisedWords()
    {
        var verdicts = await PolitenessAsync(
            "What the f*ck do you want now",
            "this is sh1t, not my problem",
            "You people never read the FAQ.",
            "Are you stupid? It says so on the page.",
            "да п0шёл ты",
            "х*р вам, а не возврат",
            "Это не ваше дело.",
            "ты чё, читать не умеешь?",
            "б л я т ь, опять вы",
            "бл@ть, сколько можно",
            "滚吧，你是不是傻");

        Assert.All(verdicts, v => Assert.True(v.Verdict == "fail", $"'{v.Text}' passed politeness"));
    }

    private async Task<IReadOnlyList<(string Text, string Verdict)>> PolitenessAsync(params string[] operatorTexts)
    {
        var file = _dir.File("chats.jsonl");
        await File.WriteAllLinesAsync(file, operatorTexts.Select((text, i) => JsonSerializer.Serialize(new
        {
            id = $"c{i}",
            ended_at = "2026-11-20T09:10:00+00:00",
            messages = new object[]
            {
                new { id = "m1", at = "2026-11-20T09:00:00+00:00", from = "customer", text = "hello, where is my order" },
                new { id = "m2", at = "2026-11-20T09:00:10+00:00", from = "operator", text, @operator = new { id = "op-1" } },
            },
        })), TestContext.Current.CancellationToken);

        var result = await QaBotProcess.RunAsync(_dir.Path, "score", file, $"--Storage:DataDirectory={_dir.File("data")}");

        Assert.True(result.ExitCode == 0, result.Stderr);
        return [.. result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select((line, i) => (operatorTexts[i], JsonDocument.Parse(line).RootElement.GetProperty("checks").GetProperty("politeness").GetString()!))];
    }
}
