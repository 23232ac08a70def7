namespace QaBot.Core.Generation;

/// <summary>One exchange after the first response: the customer writes, then the operator does one of these.</summary>
internal enum ConversationStep
{
    /// <summary>Answers within the minute.</summary>
    Plain,

    /// <summary>Sends a wait notice and comes back with the answer more than 60 s later.</summary>
    Hold,

    /// <summary>Answers more than 60 s later with no wait notice.</summary>
    LongWait,

    /// <summary>Answers rudely.</summary>
    Rude,

    /// <summary>Hands the chat to a colleague, who answers.</summary>
    Transfer,
}
