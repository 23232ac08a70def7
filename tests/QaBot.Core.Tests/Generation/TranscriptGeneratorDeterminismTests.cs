using System.Text.Json;
using QaBot.Core.Generation;

namespace QaBot.Core.Tests.Generation;

public sealed class TranscriptGeneratorDeterminismTests
{
    private static readonly GeneratorSettings Small = new() { Seed = 11, StartDate = new DateOnly(2026, 11, 16), Days = 3, ChatsPerDay = 300 };

    private static List<string> Serialise(GeneratorSettings settings) =>
        [.. new TranscriptGenerator().Generate(settings).Select(chat => JsonSerializer.Serialize(chat))];

    [Fact]
    public void Generate_ProducesIdenticalOutput_WhenRunTwiceWithSameSettings()
    {
        var first = Serialise(Small);
        var second = Serialise(Small);

        Assert.NotEmpty(first);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Generate_ProducesDifferentChats_WhenSeedDiffers()
    {
        var first = Serialise(Small);
        var other = Serialise(Small with { Seed = 12 });

        Assert.NotEqual(first, other);
        Assert.True(first.Intersect(other).Count() < first.Count / 100, "Different seeds should share almost no identical chat.");
    }

    [Fact]
    public void Generate_StreamsFirstChatsAtOnce_WhenRunIsNinetyDaysOfTenThousand()
    {
        var settings = new GeneratorSettings { Days = 90, ChatsPerDay = 10_000 };

        var firstChats = new TranscriptGenerator().Generate(settings).Take(3).ToList();

        Assert.Equal(["g-20261116-00001", "g-20261116-00002", "g-20261116-00003"], firstChats.Select(c => c.Id));
    }

    [Theory]
    [InlineData("Days")]
    [InlineData("ChatsPerDay")]
    [InlineData("MissedRate")]
    public void Generate_ThrowsNamingTheSetting_WhenSettingIsOutOfRange(string setting)
    {
        var settings = setting switch
        {
            "Days" => new GeneratorSettings { Days = 0 },
            "ChatsPerDay" => new GeneratorSettings { ChatsPerDay = -1 },
            _ => new GeneratorSettings { Rates = new GeneratorRates { MissedRate = 1.5 } },
        };

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new TranscriptGenerator().Generate(settings));

        Assert.Equal(setting, error.ParamName);
    }

    [Fact]
    public void GeneratedTruth_StatesExpectedVolumeAndRates_WhenAskedForAWeek()
    {
        var settings = new GeneratorSettings { StartDate = new DateOnly(2026, 11, 16), Days = 7, ChatsPerDay = 1000, WeekendLoadFactor = 0.5 };

        var truth = GeneratedTruth.For(settings);

        Assert.Equal(6000, truth.ExpectedChats, precision: 6);
        Assert.Equal(new DateOnly(2026, 11, 22), truth.To);
        Assert.Equal(0.06 / 0.98, truth.ExpectedRates.Single(r => r.Name == "missed_rate").Value, precision: 9);
        Assert.Equal(0.35, truth.ExpectedRates.Single(r => r.Name == "sales_conversion_rate").Value, precision: 9);
    }
}
