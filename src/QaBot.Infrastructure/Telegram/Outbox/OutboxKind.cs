namespace QaBot.Infrastructure.Telegram.Outbox;

/// <summary>What an outbox row asks Telegram to do (stored as its number: never renumber).</summary>
public enum OutboxKind
{
    Text = 0,
    Photo = 1,
    EditText = 2,

    /// <summary>A file (<see cref="OutboxDraft.Photo"/> holds its bytes, <see cref="OutboxDraft.FileName"/> its name).</summary>
    Document = 3,
}
