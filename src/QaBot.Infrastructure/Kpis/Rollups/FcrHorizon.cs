namespace QaBot.Infrastructure.Kpis.Rollups;

/// <summary>
/// When a stored day's FCR can still change through other days' chats (DESIGN §3 FCR: a chat counts once its window,
/// end + FcrWindowDays, closes before the newest data; it is resolved unless its customer came back inside the window).
/// </summary>
/// <param name="PendingFrom">
/// The earliest window end among its chats not counted yet (answered, ended, customer known, window still open): newer
/// data past it makes them count. Null: no such chat.
/// </param>
/// <param name="CountedUntil">
/// The latest window end among its counted chats: a chat of that customer starting before it can still undo their
/// resolution. Null: no counted chat.
/// </param>
public readonly record struct FcrHorizon(DateTimeOffset? PendingFrom, DateTimeOffset? CountedUntil);
