namespace QaBot.Infrastructure.Telegram.Updates;

/// <summary>Who may use a command or button (DESIGN §6 roles).</summary>
public enum CommandAudience
{
    /// <summary>Anyone, strangers included (/start, /help, /link, /lang).</summary>
    Everyone,

    /// <summary>Linked operators (for their own numbers) and staff.</summary>
    Operators,

    /// <summary>Admins and supervisors.</summary>
    Staff,
}
