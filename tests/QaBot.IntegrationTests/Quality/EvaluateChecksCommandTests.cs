using System.Text.Json;
using QaBot.IntegrationTests.Infrastructure;

namespace QaBot.IntegrationTests.Quality;

/// <summary>
/// <c>qabot evaluate --task checks</c> as a team runs it on its own exported chats before trusting the flags: a real
/// process, the shipped rules and models, hand labels.
/// </summary>
public sealed class EvaluateChecksCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Evaluate_CountsFlagsAgainstLabelsAndListsTheWrongVerdicts_WhenChatsAreLabelled()
    {
        var chats = _dir.File("chats.jsonl");
        await File.WriteAllLinesAsync(chats,
        [
            Chat("greets", "Hello Anna! Let me check that for you.", "Is there anything else I can help with?"),
            Chat("abrupt", "order number?", "It ships today."),
            Chat("swears", "Hi! What the f*ck do you want again?", "Have a nice day."),
        ], Ct);
        var labels = _dir.File("labels.csv");
        await File.WriteAllLinesAsync(labels,
        [
            "chat_id,check,label",
            "greets,greeting,pass",
            "abrupt,greeting,fail",
            "swears,greeting,pass",
            "greets,closing,pass",
            "abrupt,closing,pass", // labelled wrongly on purpose: QaBot's fail must be listed as a false alarm
            "swears,politeness,fail",
            "greets,politeness,pass",
        ], Ct);

        var result = await QaBotProcess.RunAsync(_dir.Path, "evaluate", "--task", "checks", "--data", chats, "--labels", labels, $"--Storage:DataDirectory={_dir.File("data")}");

        Assert.True(result.ExitCode == 0, result.Stderr);
        var report = JsonDocument.Parse(result.Stdout).RootElement;
        var greeting = report.GetProperty("greeting");
        Assert.Equal((3, 1, 0, 0), Counts(greeting));
        Assert.Equal(1.0, greeting.GetProperty("precision").GetDouble());
        Assert.Equal(1.0, greeting.GetProperty("recall").GetDouble());
        var closing = report.GetProperty("closing");
        Assert.Equal((2, 0, 1, 0), Counts(closing));
        Assert.Equal(0.0, closing.GetProperty("precision").GetDouble());
        Assert.Equal(JsonValueKind.Null, closing.GetProperty("recall").ValueKind);
        Assert.Equal((2, 1, 0, 0), Counts(report.GetProperty("politeness")));
        Assert.False(report.TryGetProperty("missed_sale", out _), "a check without labels is not reported");
        Assert.Contains("abrupt closing: labelled pass, QaBot says fail — m4 (operator): \"It ships today.\"", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a,closing,maybe", "line 3: label must be pass, fail or n/a, found 'maybe'")]
    [InlineData("a,greetings,pass", "line 3: unknown check 'greetings'")]
    [InlineData("a,greeting,fail", "line 3: chat 'a' has a second 'greeting' label")]
    public async Task Evaluate_StopsNamingTheLine_WhenALabelRowIsInvalid(string row, string expected)
    {
        var chats = _dir.File("chats.jsonl");
        await File.WriteAllLinesAsync(chats, [Chat("a", "Hello!", "Bye!")], Ct);
        var labels = _dir.File("labels.csv");
        await File.WriteAllLinesAsync(labels, ["chat_id,check,label", "a,greeting,pass", row], Ct);

        var result = await QaBotProcess.RunAsync(_dir.Path, "evaluate", "--task", "checks", "--data", chats, "--labels", labels, $"--Storage:DataDirectory={_dir.File("data")}");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    private static (int N, int Tp, int Fp, int Fn) Counts(JsonElement check) =>
        (check.GetProperty("n").GetInt32(), check.GetProperty("tp").GetInt32(), check.GetProperty("fp").GetInt32(), check.GetProperty("fn").GetInt32());

    private static string Chat(string id, string firstReply, string lastReply) => JsonSerializer.Serialize(new
    {
        id,
        channel = "chat",
        language = "en",
        ended_at = "2026-11-20T09:10:00+00:00",
        messages = new object[]
        {
            new { id = "m1", at = "2026-11-20T09:00:00+00:00", from = "customer", text = "Hi, my parcel has not arrived yet" },
            new { id = "m2", at = "2026-11-20T09:00:10+00:00", from = "operator", text = firstReply, @operator = new { id = "op-1" } },
            new { id = "m3", at = "2026-11-20T09:01:00+00:00", from = "customer", text = "It was due on Monday" },
            new { id = "m4", at = "2026-11-20T09:01:20+00:00", from = "operator", text = lastReply, @operator = new { id = "op-1" } },
        },
    });
}
