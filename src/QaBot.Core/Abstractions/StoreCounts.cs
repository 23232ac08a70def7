namespace QaBot.Core.Abstractions;

public sealed record StoreCounts(long Chats, long Messages);
