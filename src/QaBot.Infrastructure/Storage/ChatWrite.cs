namespace QaBot.Infrastructure.Storage;

/// <summary>What writing one chat row did (DESIGN §2 upsert).</summary>
internal enum ChatWrite
{
    Created,
    Updated,
    Unchanged,
}
