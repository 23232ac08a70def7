using System.Text.Json;
using QaBot.IntegrationTests.Infrastructure;

namespace QaBot.IntegrationTests.Quality;

/// <summary>The shipped per-channel answer times through <c>qabot score</c>: a messenger reply after two minutes is on time, a live-chat one is not.</summary>
public sealed class ChannelDefaultsTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("chat", "fail")]
    [InlineData("call", "fail")]
    [InlineData("messenger", "pass")]
    [InlineData("email", "pass")]
    public async Task Score_JudgesATwoMinuteFirstReplyByTheChannel_WhenNothingIsConfigured(string channel, string expected)
    {
        var file = _dir.File("chat.jsonl");
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(new
        {
            id = "c1",
            channel,
            ended_at = "2026-11-20T09:10:00+00:00",
            messages = new object[]
            {
                new { id = "m1", at = "2026-11-20T09:00:00+00:00", from = "customer", text = "hello, where is my order" },
                new { id = "m2", at = "2026-11-20T09:02:00+00:00", from = "operator", text = "Hello! It ships today. Have a nice day!", @operator = new { id = "op-1" } },
            },
        }) + "\n", TestContext.Current.CancellationToken);

        var result = await QaBotProcess.RunAsync(_dir.Path, "score", file, $"--Storage:DataDirectory={_dir.File("data")}");

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal(expected, JsonDocument.Parse(result.Stdout).RootElement.GetProperty("checks").GetProperty("first_response_sla").GetString());
    }
}
