namespace QaBot.TelegramEmulator.Schema;

/// <summary>One method of the Bot API as listed in api.min.json.</summary>
/// <param name="Name">The canonical spelling, e.g. <c>sendMessage</c>.</param>
/// <param name="RequiredFields">Fields Telegram rejects the call without.</param>
/// <param name="Fields">Every field the method accepts.</param>
public sealed record BotApiMethod(string Name, IReadOnlyList<string> RequiredFields, IReadOnlyList<string> Fields);
