using QaBot.Core.Definitions;
using QaBot.Core.Generation;
using QaBot.Core.Transcripts;

namespace QaBot.Core.Tests.Generation;

/// <summary>
/// One generated week shared by the rate tests (about 9,000 chats, made once): large enough that the measured rates sit
/// within a few points of the configured ones, small enough to keep the suite fast.
/// </summary>
internal static class GeneratedSample
{
    public static readonly GeneratorSettings Settings = new() { Seed = 7, StartDate = new DateOnly(2026, 11, 16), Days = 7, ChatsPerDay = 1500 };

    private static readonly Lazy<IReadOnlyList<GeneratedChat>> Lazy =
        new(() => [.. new TranscriptGenerator().GenerateWithScenarios(Settings)]);

    public static IReadOnlyList<GeneratedChat> Week => Lazy.Value;

    /// <summary>Long after the last message (email threads run for days), so every chat without ended_at has ended by inactivity.</summary>
    public static readonly DateTimeOffset Now =
        new(Settings.StartDate.AddDays(Settings.Days + 10).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public static ChatTimeline Timeline(Chat chat) => ChatTimeline.For(chat, Now, DefinitionSettings.Default);

    public static bool IsLive(Chat chat) => chat.Channel != Channels.Email;
}
