using QaBot.IntegrationTests.Infrastructure;

namespace QaBot.IntegrationTests.Ingest;

/// <summary>The <c>qabot import</c> verb as an admin runs it: a real process, real files, exit codes.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public async Task Import_ExitsNonZeroAndNamesTheLine_WhenALineIsBroken()
    {
        var file = _dir.File("chats.jsonl");
        await File.WriteAllLinesAsync(file,
        [
            """{"id":"a","messages":[{"id":"m1","at":"2026-11-20T09:00:00+03:00","from":"customer","text":"hi"}]}""",
            """{"id":"b","messages":[{"id":"m1","at":"yesterday","from":"customer","text":"hi"}]}""",
        ], TestContext.Current.CancellationToken);

        var result = await QaBotProcess.RunAsync(_dir.Path, "import", file, $"--Storage:DataDirectory={_dir.File("data")}");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{file}:2: rejected: messages[0].at:", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("1 chats created", result.Stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(file + ".rejected.jsonl"));
    }

    [Fact]
    public async Task Import_ExitsZero_WhenChatwootEventsIncludeIgnoredOnes()
    {
        var file = _dir.File("chatwoot.jsonl");
        var lines = Chatwoot.ChatwootFixtures.Conversation42.Append("contact_created.json")
            .Select(n => Chatwoot.ChatwootFixtures.LoadNode(n).ToJsonString());
        await File.WriteAllLinesAsync(file, lines, TestContext.Current.CancellationToken);

        var result = await QaBotProcess.RunAsync(_dir.Path, "import", file, "--format", "chatwoot", $"--Storage:DataDirectory={_dir.File("data")}");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1 chats created", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("skipped", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_StopsWithKeyName_WhenConfigValueInvalid()
    {
        var result = await QaBotProcess.RunAsync(_dir.Path, "import", "x.jsonl", "--Storage:RetentionDays=-5");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Storage:RetentionDays", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_ExplainsUsage_WhenFormatUnknown()
    {
        var result = await QaBotProcess.RunAsync(_dir.Path, "import", "x.jsonl", "--format", "xml");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--format must be jsonl, csv or chatwoot, got 'xml'", result.Stderr, StringComparison.Ordinal);
    }

    public void Dispose() => _dir.Dispose();
}
