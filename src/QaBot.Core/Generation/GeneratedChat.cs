using QaBot.Core.Transcripts;

namespace QaBot.Core.Generation;

/// <summary>A generated chat with the ground truth of what was put into it, for checking checks and KPIs against.</summary>
public sealed record GeneratedChat(Chat Chat, ChatScenario Scenario);
