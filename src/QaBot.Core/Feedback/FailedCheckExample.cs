using QaBot.Core.Transcripts;

namespace QaBot.Core.Feedback;

/// <summary>A check the operator failed this week: how often, the exact messages of one example, and a tip.</summary>
public sealed record FailedCheckExample(string Check, int Failures, ChatKey ExampleChat, IReadOnlyList<string> ExampleMessages, string Tip);
