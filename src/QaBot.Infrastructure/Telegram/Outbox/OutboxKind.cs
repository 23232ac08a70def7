namespace QaBot.Infrastructure.Telegram.Outbox;

/// <summary>What an outbox row asks Telegram to do (stored as its number: never renumber).</summary>
public enum OutboxKind
{
    Text = 0,
    Photo = 1,
    EditText = 2,
}
