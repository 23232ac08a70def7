namespace QaBot.Core.Kpis.Accumulation;

/// <summary>One operator who wrote in a chat (the chat is <i>handled</i> by them).</summary>
/// <param name="OperatorId">Operator id.</param>
/// <param name="Name">The display name on their latest message that had one.</param>
/// <param name="NameSeenAt">When that name was seen, so that merged aggregates keep the newest name.</param>
/// <param name="Active">Their first message in the chat to the chat's end (or <c>now</c> while it is open).</param>
public sealed record OperatorChatFacts(string OperatorId, string? Name, DateTimeOffset NameSeenAt, ActiveSpan Active);
