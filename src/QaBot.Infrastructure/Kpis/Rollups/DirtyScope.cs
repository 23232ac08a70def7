namespace QaBot.Infrastructure.Kpis.Rollups;

/// <summary>How far a recorded change can reach (see <see cref="DirtyDays"/>).</summary>
public enum DirtyScope
{
    /// <summary>A quality result: it feeds only its own chat, so only the chat's day.</summary>
    Result = 0,

    /// <summary>A chat inserted or grown: its day, and earlier days only where it can cross their FCR horizon.</summary>
    Chat = 1,

    /// <summary>A chat deleted, or whose start or newest message moved back: its day and every day whose context holds it.</summary>
    Any = 2,
}
