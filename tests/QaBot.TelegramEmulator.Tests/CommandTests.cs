using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace QaBot.TelegramEmulator.Tests;

public sealed class CommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetMyCommands_ReturnsListPerLanguage_WhenSetForTwoLanguages()
    {
        await using var bot = await EmulatedBot.StartAsync();

        await bot.Client.SetMyCommands([new BotCommand("stats", "KPIs for a period")], languageCode: "en", cancellationToken: Ct);
        await bot.Client.SetMyCommands([new BotCommand("stats", "Показатели за период")], languageCode: "ru", cancellationToken: Ct);
        var russian = await bot.Client.GetMyCommands(languageCode: "ru", cancellationToken: Ct);
        var noLanguage = await bot.Client.GetMyCommands(cancellationToken: Ct);

        Assert.Equal("Показатели за период", Assert.Single(russian).Description);
        Assert.Empty(noLanguage);
        Assert.Equal("KPIs for a period", Assert.Single(bot.Emulator.GetCommands(languageCode: "en")).Description);
    }

    [Fact]
    public async Task SetMyCommands_Fails400_WhenCommandHasUppercaseLetters()
    {
        await using var bot = await EmulatedBot.StartAsync();

        var error = await Assert.ThrowsAsync<ApiRequestException>(
            () => bot.Client.SetMyCommands([new BotCommand("Stats", "KPIs")], cancellationToken: Ct));

        Assert.Equal("Bad Request: BOT_COMMAND_INVALID", error.Message);
    }

    [Fact]
    public async Task DeleteMyCommands_EmptiesTheScope_WhenCommandsWereSet()
    {
        await using var bot = await EmulatedBot.StartAsync();
        var groups = new BotCommandScopeAllGroupChats();
        await bot.Client.SetMyCommands([new BotCommand("subscribe", "Receive alerts here")], groups, cancellationToken: Ct);

        var before = bot.Emulator.GetCommands("all_group_chats");
        await bot.Client.DeleteMyCommands(groups, cancellationToken: Ct);

        Assert.Single(before);
        Assert.Empty(bot.Emulator.GetCommands("all_group_chats"));
    }
}
