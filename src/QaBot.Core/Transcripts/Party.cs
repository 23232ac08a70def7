namespace QaBot.Core.Transcripts;

/// <summary>A customer or an operator: an id and an optional display name.</summary>
public sealed record Party(string Id, string? Name = null);
