using QaBot.IntegrationTests.Infrastructure;

namespace QaBot.IntegrationTests.Cli;

/// <summary>
/// The command line as a user meets it (DESIGN §7): every verb prints its own options for <c>--help</c>, and every
/// bad argument ends in exactly one line on stderr that names it, exit code 2, and no stack trace.
/// </summary>
public sealed class CommandLineContractTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public CommandLineContractTests()
    {
        File.WriteAllText(_dir.File("chats.jsonl"), string.Empty);
        File.WriteAllText(_dir.File("one-label.csv"), "text,label\nThank you for waiting,1\nHappy to help,1\nSure thing,1\n");
    }

    public static TheoryData<string, string> VerbsAndAnOption => new()
    {
        { "run", "--urls" },
        { "demo", "--sample" },
        { "import", "--no-score" },
        { "score", "--format" },
        { "kpi", "--operator" },
        { "export", "--out" },
        { "train", "--with-labels" },
        { "evaluate", "--cv" },
        { "generate", "--chats-per-day" },
    };

    public static TheoryData<string[], string> BadArguments => new()
    {
        { ["frobnicate"], "'frobnicate'" },
        { ["run", "--port", "80"], "'--port'" },
        { ["demo", "--sample"], "--sample" },
        { ["import"], "'file'" },
        { ["import", "chats.jsonl", "--format", "xml"], "--format must be jsonl, csv or chatwoot, got 'xml'" },
        { ["import", "missing.jsonl"], "file not found: missing.jsonl" },
        { ["score", "chats.jsonl", "--format", "nope"], "--format must be jsonl, csv or chatwoot, got 'nope'" },
        { ["score", "missing.jsonl"], "file not found: missing.jsonl" },
        { ["kpi"], "'--from'" },
        { ["kpi", "--from", "2026-13-01"], "--from must be YYYY-MM-DD, got '2026-13-01'" },
        { ["kpi", "--from", "2026-11-05", "--to", "2026-11-01"], "--to 2026-11-01 is before --from 2026-11-05" },
        { ["kpi", "--from", "2026-11-01", "--tz", "Mars/Olympus"], "--tz: unknown time zone 'Mars/Olympus'" },
        { ["kpi", "--from", "2026-11-01", "--format", "xml"], "--format must be json or text, got 'xml'" },
        { ["export", "--from", "yesterday"], "--from must be YYYY-MM-DD, got 'yesterday'" },
        { ["train", "--task", "politeness", "--data", "one-label.csv"], "'--out'" },
        { ["train", "--task", "sarcasm", "--data", "one-label.csv", "--out", "m.zip"], "--task must be politeness or sales-intent, got 'sarcasm'" },
        { ["train", "--task", "politeness", "--data", "one-label.csv", "--out", "m.zip"], "must hold examples of both labels" },
        { ["train", "--task", "politeness", "--data", "nowhere.csv", "--out", "m.zip"], "--data: no such file or folder: nowhere.csv" },
        { ["evaluate", "--task", "politeness", "--data", "one-label.csv", "--cv", "1"], "--cv must be a whole number of at least 2, got '1'" },
        { ["evaluate", "--task", "politeness", "--data", "one-label.csv", "--cv", "3", "--model", "m.zip"], "--model and --cv exclude each other" },
        { ["evaluate", "--task", "checks", "--data", "chats.jsonl"], "--task checks needs --labels" },
        { ["generate", "--out", "-", "--days", "many"], "--days must be a whole number of at least 1, got 'many'" },
        { ["generate", "--days", "3"], "'--out'" },
        { ["kpi", "--from", "2026-11-01", "--Storage:RetentionDays"], "--Storage:RetentionDays needs a value" },
    };

    [Theory]
    [MemberData(nameof(VerbsAndAnOption))]
    public async Task Help_ListsTheVerbsOwnOptions_ForEveryVerb(string verb, string option)
    {
        var result = await QaBotProcess.RunAsync(_dir.Path, verb, "--help");

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains($"qabot {verb}", result.Stdout, StringComparison.Ordinal);
        Assert.Contains(option, result.Stdout, StringComparison.Ordinal);
        Assert.Contains("--environment", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Stderr);
    }

    [Fact]
    public async Task Help_ListsEveryVerb_WithoutAVerb()
    {
        var bare = await QaBotProcess.RunAsync(_dir.Path);
        var help = await QaBotProcess.RunAsync(_dir.Path, "help");
        var helpImport = await QaBotProcess.RunAsync(_dir.Path, "help", "import");

        Assert.Equal(0, bare.ExitCode);
        foreach (var verb in new[] { "run", "demo", "import", "score", "kpi", "export", "train", "evaluate", "generate" })
        {
            Assert.Contains($"  {verb} ", bare.Stdout, StringComparison.Ordinal);
        }

        Assert.Equal(bare.Stdout, help.Stdout);
        Assert.Contains("--no-score", helpImport.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BadArguments))]
    public async Task BadArgument_PrintsOneLineNamingIt_AndExits2(string[] args, string expected)
    {
        var result = await QaBotProcess.RunAsync(_dir.Path, [.. args, $"--Storage:DataDirectory={_dir.File("data")}"]);

        Assert.True(result.ExitCode == 2, $"exit code {result.ExitCode}\n{result.Stderr}");
        var lines = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 1, result.Stderr);
        Assert.Contains(expected, lines[0], StringComparison.Ordinal);
        Assert.StartsWith("qabot", lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Stderr + result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfigOverride_IsAccepted_WithItsValueAsTheNextArgument()
    {
        var result = await QaBotProcess.RunAsync(_dir.Path, "kpi", "--from", "2026-11-02", "--Storage:DataDirectory", _dir.File("spaced"));

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.True(Directory.Exists(_dir.File("spaced")), "the override's value was not applied");
        Assert.Contains("\"from\"", result.Stdout, StringComparison.Ordinal);
    }

    public void Dispose() => _dir.Dispose();
}
