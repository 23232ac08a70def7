using QaBot.Infrastructure.Telegram.Text;

namespace QaBot.IntegrationTests.Telegram.Text;

public sealed class BotFormatTests
{
    [Fact]
    public void Delta_WritesPercentagePointsInTheReadersLanguage()
    {
        Assert.Equal("+2.5 pp", BotFormat.Delta(BotStrings.English, 0.025, percent: true));
        Assert.Equal("−2,5 п. п.", BotFormat.Delta(RussianBotStrings.Instance, -0.025, percent: true));
    }
}
