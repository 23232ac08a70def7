namespace QaBot.Infrastructure.Telegram.Access;

/// <summary>A Telegram user as the bot sees them: role, and the operator id they are linked to, if any.</summary>
public sealed record BotUser(long UserId, BotRole Role, string? OperatorId)
{
    /// <summary>Admins and supervisors: the whole team's numbers.</summary>
    public bool IsStaff => Role is BotRole.Admin or BotRole.Supervisor;
}
