namespace QaBot.Infrastructure.Telegram.Access;

/// <summary>Who is asking (DESIGN §6 roles), most powerful first.</summary>
public enum BotRole
{
    Admin,
    Supervisor,

    /// <summary>Sees only their own numbers.</summary>
    Operator,

    /// <summary>Anyone else: a short refusal and nothing more.</summary>
    Stranger,
}
