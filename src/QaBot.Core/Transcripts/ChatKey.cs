namespace QaBot.Core.Transcripts;

/// <summary>A chat's identity: its id is unique within its source.</summary>
public readonly record struct ChatKey(string Source, string Id)
{
    public override string ToString() => $"{Source}/{Id}";
}
