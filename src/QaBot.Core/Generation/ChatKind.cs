namespace QaBot.Core.Generation;

/// <summary>How a generated chat turns out under the DESIGN §3 definitions.</summary>
public enum ChatKind
{
    /// <summary>An operator answers after the customer's first message.</summary>
    Answered,

    /// <summary>The customer writes, nobody answers, and the chat ends 5 s or more after its start.</summary>
    Missed,

    /// <summary>The customer leaves unanswered within 5 s.</summary>
    ShortAbandon,

    /// <summary>The operator writes first and the customer never writes.</summary>
    Outbound,
}
