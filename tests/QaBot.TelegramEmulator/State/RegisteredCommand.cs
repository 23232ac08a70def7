namespace QaBot.TelegramEmulator.State;

/// <summary>A bot command stored by setMyCommands.</summary>
public sealed record RegisteredCommand(string Command, string Description);
