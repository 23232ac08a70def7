using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using QaBot.IntegrationTests.Infrastructure;

namespace QaBot.IntegrationTests.Quality;

/// <summary>
/// The shipped rules and models on our own labelled evaluation chats (tests/data/checks-eval: 340 English and 300
/// Russian chats of many businesses, written to read like real exports, labelled before tuning, never trained on),
/// through <c>qabot evaluate --task checks</c> as a team would run it. The floors are what the checks reach today
/// (README, "Checks on labelled chats"); a change that loses precision or recall fails here, and the figures reached
/// are written to the test output.
/// </summary>
public sealed class CheckEvaluationSetTests
{
    // One evaluation per language, shared by the rows of the theories (each is a real qabot process).
    private static readonly ConcurrentDictionary<string, Lazy<Task<JsonElement>>> Reports = new(StringComparer.Ordinal);

    private const string En = "en-a en-b en-c";
    private const string Ru = "ru-a ru-b";

    public static TheoryData<string, string, string, double, double> Floors() => new()
    {
        // language, sets, check, precision ≥, recall ≥ (what the shipped rules and models reached, rounded down;
        // DESIGN targets are 0.9 / 0.8: ru closing and missed_sale do not meet them yet, README says so)
        { "en", En, "greeting", 1.0, 1.0 },
        { "en", En, "closing", 0.92, 1.0 },
        { "en", En, "unanswered_question", 1.0, 1.0 },
        { "en", En, "politeness", 1.0, 0.78 },
        { "en", En, "missed_sale", 0.85, 0.87 },
        { "ru", Ru, "greeting", 1.0, 0.97 },
        { "ru", Ru, "closing", 0.88, 1.0 },
        { "ru", Ru, "unanswered_question", 1.0, 1.0 },
        { "ru", Ru, "politeness", 1.0, 0.87 },
        { "ru", Ru, "missed_sale", 0.88, 0.66 },
    };

    [Theory]
    [MemberData(nameof(Floors))]
    public async Task Evaluate_ReachesThePrecisionAndRecallOfTheReadme_OnTheLabelledChatsOfALanguage(
        string language, string sets, string check, double minPrecision, double minRecall)
    {
        var report = await Reports.GetOrAdd(language, _ => new Lazy<Task<JsonElement>>(() => EvaluateAsync(language, sets.Split(' ')))).Value;

        var figures = report.GetProperty(check);
        var precision = Ratio(figures, "precision");
        var recall = Ratio(figures, "recall");
        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{language} {check}: precision {precision:F3}, recall {recall:F3} ({figures})"));
        Assert.True(precision >= minPrecision, $"{language} {check}: precision {precision:F3} < {minPrecision} ({figures})");
        Assert.True(recall >= minRecall, $"{language} {check}: recall {recall:F3} < {minRecall} ({figures})");
    }

    [Theory]
    [InlineData("en", En)]
    [InlineData("ru", Ru)]
    public async Task Evaluate_ZeroesNoPoliteOperatorsScore_OnTheLabelledChatsOfALanguage(string language, string sets)
    {
        var report = await Reports.GetOrAdd(language, _ => new Lazy<Task<JsonElement>>(() => EvaluateAsync(language, sets.Split(' ')))).Value;

        // DESIGN §4 rude: a false alarm zeroes a polite operator's QA score; at most one per 500 chats.
        var politeness = report.GetProperty("politeness");
        var chats = politeness.GetProperty("n").GetInt32();
        var falseRude = politeness.GetProperty("fp").GetInt32();
        Assert.True(falseRude * 500 <= Math.Max(chats, 500), $"{language}: {falseRude} false rude verdicts in {chats} chats ({politeness})");
    }

    private static async Task<JsonElement> EvaluateAsync(string language, string[] sets)
    {
        using var dir = new TempDirectory();
        var folder = Path.Combine(AppContext.BaseDirectory, "Data", "checks-eval");
        var chats = dir.File($"{language}.jsonl");
        var labels = dir.File($"{language}.labels.csv");
        await File.WriteAllLinesAsync(chats, sets.SelectMany(s => File.ReadLines(Path.Combine(folder, $"{s}.jsonl"))), CancellationToken.None);
        await File.WriteAllLinesAsync(labels,
            ["chat_id,check,label", .. sets.SelectMany(s => File.ReadLines(Path.Combine(folder, $"{s}.labels.csv")).Skip(1))], CancellationToken.None);

        var result = await QaBotProcess.RunAsync(dir.Path, "evaluate", "--task", "checks", "--data", chats, "--labels", labels, $"--Storage:DataDirectory={dir.File("data")}");

        Assert.True(result.ExitCode == 0, result.Stderr);
        return JsonDocument.Parse(result.Stdout).RootElement.Clone();
    }

    // A check that never fails has no precision; it cannot be below a floor then, and recall 1 is vacuous too.
    private static double Ratio(JsonElement figures, string name) =>
        figures.GetProperty(name).ValueKind == JsonValueKind.Null ? 1.0 : figures.GetProperty(name).GetDouble();
}
