using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace QaBot.TelegramEmulator.Tests;

public sealed class MediaTests
{
    private const long ChatId = -1001234567890;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SendPhoto_RecordsUploadedBytes_WhenSentAsMultipartStream()
    {
        await using var bot = await EmulatedBot.StartAsync();
        var png = TestImages.Png(width: 800, height: 450, length: 5_000);
        using var stream = new MemoryStream(png);

        var sent = await bot.Client.SendPhoto(
            ChatId, InputFile.FromStream(stream, "volume.png"), "<b>Volume</b> today", ParseMode.Html, cancellationToken: Ct);

        var recorded = Assert.Single(bot.Emulator.SentMessages);
        Assert.Equal(("sendPhoto", 5_000, "volume.png", "Volume today"),
            (recorded.Method, recorded.FileByteLength, recorded.FileName, recorded.VisibleText));
        Assert.Equal((800, 450, 5_000L), sent.Photo!.Select(p => (p.Width, p.Height, p.FileSize)).Single());
        Assert.Equal(ChatType.Supergroup, sent.Chat.Type);
    }

    [Fact]
    public async Task SendPhoto_FailsImageProcess_WhenBytesAreNotAnImage()
    {
        await using var bot = await EmulatedBot.StartAsync();
        using var stream = new MemoryStream("not a png"u8.ToArray());

        var error = await Assert.ThrowsAsync<ApiRequestException>(
            () => bot.Client.SendPhoto(ChatId, InputFile.FromStream(stream, "chart.png"), cancellationToken: Ct));

        Assert.Equal("Bad Request: IMAGE_PROCESS_FAILED", error.Message);
    }

    [Fact]
    public async Task SendPhoto_FailsCaptionTooLong_WhenCaptionOver1024Characters()
    {
        await using var bot = await EmulatedBot.StartAsync();
        using var stream = new MemoryStream(TestImages.Png(10, 10));

        var error = await Assert.ThrowsAsync<ApiRequestException>(
            () => bot.Client.SendPhoto(ChatId, InputFile.FromStream(stream, "c.png"), new string('c', 1025), cancellationToken: Ct));

        Assert.Equal("Bad Request: message caption is too long", error.Message);
    }

    [Fact]
    public async Task SendDocument_RecordsFileNameAndSize_WhenUploaded()
    {
        await using var bot = await EmulatedBot.StartAsync();
        using var stream = new MemoryStream(new byte[1234]);

        var sent = await bot.Client.SendDocument(ChatId, InputFile.FromStream(stream, "week.csv"), cancellationToken: Ct);

        Assert.Equal(("week.csv", 1234L), (sent.Document?.FileName, sent.Document?.FileSize));
        Assert.Equal(1234, bot.Emulator.SentMessages[0].FileByteLength);
    }
}
