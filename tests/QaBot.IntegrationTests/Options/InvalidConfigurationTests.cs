using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using QaBot.Host;
using QaBot.Host.Jobs;
using QaBot.Infrastructure.Storage;
using QaBot.Infrastructure.Telegram.Options;
using QaBot.IntegrationTests.Infrastructure;

namespace QaBot.IntegrationTests.Options;

/// <summary>
/// What an admin sees from a bad configuration value, running the real <c>qabot</c> executable: one line naming the
/// key and what is wrong, exit code 2, no stack trace, and never a secret echoed back.
/// </summary>
public sealed class InvalidConfigurationTests : IDisposable
{
    // Shaped like a real token (digits, a colon, 35 characters), so the test would notice it being printed.
    private const string WellFormedToken = "7123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1";

    private readonly TempDirectory _dir = new();

    private string DataDirectory => $"--Storage:DataDirectory={_dir.File("data")}";

    [Theory]
    [InlineData("Storage:ConnectionString", "Host=;;;=x")]
    [InlineData("Storage:ConnectionString", "nonsense")]
    [InlineData("Storage:ConnectionString", "Host=db;Flavour=strong;Password=hunter2")]
    [InlineData("Storage:ConnectionString", "Host=db;Port=many;Password=hunter2")]
    [InlineData("Storage:ConnectionString", "Username=qabot;Password=hunter2")]
    [InlineData("Storage:DataDirectory", "/proc/qabot-tests/data")]
    [InlineData("Access:Admins:0", "abc")]
    [InlineData("Access:Supervisors:0", "1.5")]
    [InlineData("Access:Operators:ivan", "op-3")]
    [InlineData("Alerts:ChatIds:0", "team-chat")]
    [InlineData("Alerts:AfterSeconds", "soon")]
    [InlineData("Storage:RetentionDays", "")]
    [InlineData("Storage:MinFreeDiskMegabytes", "-1")]
    [InlineData("Storage:MinFreeDiskMegabytes", "lots")]
    [InlineData("Ingest:MaxBufferedBodyMegabytes", "0")]
    [InlineData("Business:TimeZone", "Mars/Olympus_Mons")]
    [InlineData("Business:Hours:*:*", "mon-fry 09:00-18:00")]
    [InlineData("Business:Hours:sales:chat", "mon 9-18")]
    [InlineData("Business:Holidays:0", "31.12.2026")]
    [InlineData("Sla:BusinessHoursOnly", "true")]
    [InlineData("Telegram:ApiBaseUrl", "http://")]
    [InlineData("Telegram:ApiBaseUrl", "api.telegram.org")]
    [InlineData("Rules:Weights:greeting", "-1")]
    [InlineData("Rules:Directory", "/nonexistent/rules")]
    public async Task Kpi_StopsNamingTheKey_WhenAValueIsInvalid(string key, string value)
    {
        var result = await QaBotProcess.RunAsync(_dir.Path, "kpi", "--from", "2026-11-16", "--to", "2026-11-16", DataDirectory, $"--{key}={value}");

        AssertInvalidConfiguration(result, key);
        if (key == "Storage:ConnectionString")
        {
            // A connection string may hold a password: neither it nor the string is repeated.
            Assert.DoesNotContain("hunter2", result.Stderr + result.Stdout, StringComparison.Ordinal);
            Assert.DoesNotContain(value, result.Stderr + result.Stdout, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("Storage:ConnectionString", "Host=;;;=x")]
    [InlineData("Telegram:BotToken", "12345:short")]
    [InlineData("Hangfire:DashboardToken", "x")]
    [InlineData("Access:Admins:0", "abc")]
    [InlineData("Summary:DailyAt", "9am")]
    public async Task Run_StopsNamingTheKey_WhenAValueIsInvalid(string key, string value)
    {
        var result = await QaBotProcess.RunAsync(_dir.Path, "run", DataDirectory, $"--{key}={value}");

        AssertInvalidConfiguration(result, key);
    }

    [Fact]
    public async Task Run_SaysTheMinimumLength_WhenDashboardTokenIsShort()
    {
        var result = await QaBotProcess.RunAsync(_dir.Path, "run", DataDirectory, "--Hangfire:DashboardToken=short-token");

        AssertInvalidConfiguration(result, "Hangfire:DashboardToken");
        Assert.Contains("at least 16 characters", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("123456789")]
    [InlineData("123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALD saw1")]
    [InlineData("bot123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1")]
    [InlineData("123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1!")]
    public async Task Kpi_NamesBotTokenWithoutPrintingIt_WhenTheTokenIsMalformed(string token)
    {
        var result = await QaBotProcess.RunAsync(_dir.Path, "kpi", "--from", "2026-11-16", "--to", "2026-11-16", DataDirectory, $"--Telegram:BotToken={token}");

        AssertInvalidConfiguration(result, "Telegram:BotToken");
        Assert.DoesNotContain(token, result.Stderr + result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("AAHdqTcvCH1vGWJxfSeofSAs0K5PALD", result.Stderr + result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_NamesDataDirectory_WhenItLiesUnderARegularFile()
    {
        // Tests run as root, who may write anywhere: a folder under a file fails for everyone.
        var file = _dir.File("not-a-folder");
        await File.WriteAllTextAsync(file, "x", TestContext.Current.CancellationToken);

        var result = await QaBotProcess.RunAsync(_dir.Path, "import", "chats.jsonl", $"--Storage:DataDirectory={Path.Combine(file, "data")}");

        AssertInvalidConfiguration(result, "Storage:DataDirectory");
    }

    [Fact]
    public async Task Kpi_Succeeds_WhenTelegramAndAccessValuesAreWellFormed()
    {
        var result = await QaBotProcess.RunAsync(_dir.Path, "kpi", "--from", "2026-11-16", "--to", "2026-11-16", DataDirectory,
            $"--Telegram:BotToken={WellFormedToken}", "--Telegram:ApiBaseUrl=http://127.0.0.1:8081",
            "--Access:Admins:0=1000", "--Access:Supervisors:0=1001", "--Access:Operators:3001=op-3", "--Alerts:ChatIds:0=-1001234567890");

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("\"from\":\"2026-11-16\"", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(WellFormedToken, result.Stderr + result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_PassesValidation_WhenTokenAccessAndDashboardValuesAreWellFormed()
    {
        await using var app = ServiceHost.Build(
        [
            DataDirectory,
            $"--Telegram:BotToken={WellFormedToken}",
            "--Hangfire:DashboardToken=0123456789abcdef",
            "--Access:Admins:0=1000",
            "--Alerts:ChatIds:0=-1001234567890",
        ]);

        var failure = Record.Exception(() => app.Services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Null(failure);
        Assert.Equal("0123456789abcdef", app.Services.GetRequiredService<IOptions<DashboardOptionsConfig>>().Value.Token);
        Assert.Equal([1000L], app.Services.GetRequiredService<IOptions<AccessOptions>>().Value.Admins);
    }

    [Theory]
    [InlineData("Host=127.0.0.1;Port=5432;Username=qabot;Password=secret")]
    [InlineData("Host=db;Database=qabot;Username=qabot;Password=\"p;w=d\";Timeout=30;Command Timeout=120")]
    public void Validate_Passes_WhenConnectionStringIsWellFormed(string connectionString)
    {
        // The check parses without connecting (the service would connect at start), so no server needs to be there.
        var options = new StorageOptions { ConnectionString = connectionString };
        var results = new List<ValidationResult>();

        var valid = Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);

        Assert.True(valid, string.Join("; ", results.Select(r => r.ErrorMessage)));
    }

    private static void AssertInvalidConfiguration(QaBotProcess.Result result, string key)
    {
        Assert.True(result.ExitCode == 2, $"exit code {result.ExitCode}\n{result.Stderr}");
        var lines = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith($"qabot: invalid configuration: {key}: ", StringComparison.Ordinal));
        Assert.All(lines, l => Assert.StartsWith("qabot: invalid configuration: ", l, StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Stderr + result.Stdout, StringComparison.Ordinal);
    }

    public void Dispose() => _dir.Dispose();
}
