using QaBot.Core.Abstractions;
using QaBot.Core.Checks;
using QaBot.Core.Transcripts;

namespace QaBot.Core.Tests.Checks;

/// <summary>Runs the real <see cref="ChatChecker"/> with the test phrase book and a fake scorer.</summary>
internal static class Checking
{
    public static ChatCheckResult Check(
        ChatScript script, CheckSettings? settings = null, IMessageScorer? scorer = null, DateTimeOffset? now = null) =>
        Check(script.Build(), settings, scorer, now);

    public static ChatCheckResult Check(
        Chat chat, CheckSettings? settings = null, IMessageScorer? scorer = null, DateTimeOffset? now = null,
        ILanguageDetector? detector = null) =>
        new ChatChecker(TestPhrases.Book, scorer ?? new FakeMessageScorer(), settings ?? CheckSettings.Default, detector)
            .Check(chat, now ?? ChatScript.Later);

    /// <summary>A chat every check is happy with: greeted at once, short waits, a closing, no open question.</summary>
    public static ChatScript GoodChat() => new ChatScript()
        .Customer(0, "Hi, my parcel has not arrived yet")
        .Operator(10, "Hello! Let me check that for you.")
        .Operator(30, "It ships tomorrow. Anything else I can help with?")
        .Customer(40, "No, that's all")
        .Operator(45, "Have a nice day!");
}
