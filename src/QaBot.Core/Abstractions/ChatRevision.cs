using QaBot.Core.Transcripts;

namespace QaBot.Core.Abstractions;

/// <summary>A stored chat's key and revision (1 when first written, +1 with every write since).</summary>
public readonly record struct ChatRevision(ChatKey Chat, long Revision);
