using QaBot.Core.Transcripts;

namespace QaBot.Core.Feedback;

/// <summary>A check the operator failed this week: how often, the exact messages of one example, and a tip.</summary>
public sealed record FailedCheckExample(string Check, int Failures, ChatKey ExampleChat, IReadOnlyList<FeedbackQuote> ExampleMessages, string Tip);

/// <summary>One message behind a failure, with who wrote it: the customer, the operator themselves, or a colleague.</summary>
public sealed record FeedbackQuote(Sender From, string Text, string? OperatorId = null, string? OperatorName = null);
