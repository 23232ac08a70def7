namespace QaBot.TelegramEmulator.State;

internal enum MessageKind
{
    Text,
    Photo,
    Document,
}
