namespace QaBot.Core.Transcripts;

/// <summary>Who wrote a message (DESIGN §2 <c>messages[].from</c>).</summary>
public enum Sender
{
    Customer,
    Operator,
    Bot,
    System,
}
