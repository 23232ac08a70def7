using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using QaBot.Core.Transcripts;

namespace QaBot.Core.Generation;

/// <summary>
/// <c>qabot generate</c>: realistic synthetic chat transcripts with known rates (see <see cref="GeneratorRates"/> and
/// <see cref="GeneratedTruth"/>). Deterministic for a seed, and streaming: chats are made day by day and yielded in
/// start order, so months of 10,000 chats a day never sit in memory at once.
/// </summary>
public sealed class TranscriptGenerator
{
    /// <summary>The chats, in start order (first message), ids <c>g-{yyyyMMdd}-{n:00000}</c> numbered per business day.</summary>
    public IEnumerable<Chat> Generate(GeneratorSettings settings) => GenerateWithScenarios(settings).Select(g => g.Chat);

    /// <summary>The chats with what was deliberately put into each, to check checks and KPIs against.</summary>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Instance API: callers hold a generator (DI, tests).")]
    public IEnumerable<GeneratedChat> GenerateWithScenarios(GeneratorSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        return Stream(settings);
    }

    private static IEnumerable<GeneratedChat> Stream(GeneratorSettings settings)
    {
        var factory = new ChatFactory(settings);
        var zone = settings.BusinessTimeZone;
        for (var d = 0; d < settings.Days; d++)
        {
            var day = settings.StartDate.AddDays(d);
            // One stream per calendar day: a day's arrivals do not depend on how many days came before it.
            var random = RandomExtensions.Derive(settings.Seed, day.DayNumber);
            var count = ArrivalCurve.SampleCount(ArrivalCurve.ExpectedChats(day, settings), random);
            var starts = ArrivalCurve.SampleStarts(day, count, zone, random);
            var prefix = "g-" + day.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "-";
            for (var i = 0; i < starts.Length; i++)
            {
                yield return factory.Create(prefix + (i + 1).ToString("00000", CultureInfo.InvariantCulture), starts[i], random);
            }
        }
    }
}
