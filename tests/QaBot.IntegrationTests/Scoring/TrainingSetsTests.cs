using QaBot.Infrastructure.Scoring;
using QaBot.IntegrationTests.Infrastructure;

namespace QaBot.IntegrationTests.Scoring;

public sealed class TrainingSetsTests : IDisposable
{
    private readonly TempDirectory _config = new();

    public TrainingSetsTests()
    {
        var training = Directory.CreateDirectory(Path.Combine(_config.Path, "training")).FullName;
        File.WriteAllText(Path.Combine(training, "politeness.en.csv"), "text,label\nThanks!,1\nGo away,0\n");
        File.WriteAllText(Path.Combine(training, "politeness-wiki-style.en.csv"), "text,label\nCould you check the citation?,1\n");
        File.WriteAllText(Path.Combine(training, "politeness.ru.csv"), "text,label\nСпасибо!,1\n");
        File.WriteAllText(Path.Combine(training, "sales-intent.ru.csv"), "text,label\nСколько стоит?,1\n");
        var written = Directory.CreateDirectory(Path.Combine(training, "written")).FullName;
        File.WriteAllText(Path.Combine(written, "politeness.zh.part1.csv"), "text,label\n请稍等,1\n");
    }

    public void Dispose() => _config.Dispose();

    [Fact]
    public void Load_ReadsEveryFileOfTheTaskOnly_WithLanguagesFromFileNames()
    {
        var rows = TrainingSets.Load(MessageScoringTask.Politeness, _config.Path);

        Assert.Equal(5, rows.Count);
        Assert.Equal(["en", "en", "en", "ru", "zh"], rows.Select(r => r.Language).Order(StringComparer.Ordinal));
        Assert.Single(TrainingSets.Load(MessageScoringTask.SalesIntent, _config.Path));
    }

    [Fact]
    public void Files_FailsNamingTheFolder_WhenTheTaskHasNoFiles()
    {
        File.Delete(Path.Combine(_config.Path, "training", "sales-intent.ru.csv"));

        var error = Assert.Throws<FileNotFoundException>(() => TrainingSets.Files(MessageScoringTask.SalesIntent, _config.Path));

        Assert.Contains("sales-intent*.csv", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Split_HoldsOutAboutATenthDeterministically_AndKeepsTextVariantsTogether()
    {
        var data = Enumerable.Range(0, 2_000).Select(i => new LabelledText($"message number {i}", i % 2 == 0)).ToList();

        var split = HeldOutSplit.Split(data);
        var again = HeldOutSplit.Split(Enumerable.Reverse(data));

        Assert.InRange(split.Test.Count, 150, 250);
        Assert.Equal(data.Count, split.Train.Count + split.Test.Count);
        Assert.Equal(split.Test.Select(t => t.Text).Order(StringComparer.Ordinal), again.Test.Select(t => t.Text).Order(StringComparer.Ordinal));
        Assert.All(split.Test, t => Assert.True(HeldOutSplit.IsHeldOut(t.Text.ToUpperInvariant() + "!!")));
    }
}
