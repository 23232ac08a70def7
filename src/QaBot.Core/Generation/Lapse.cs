namespace QaBot.Core.Generation;

/// <summary>The operator behaviours whose team-wide rate is configured and whose spread across operators follows their habits.</summary>
internal enum Lapse
{
    MissingGreeting,
    SlowFirstResponse,
    UnannouncedLongWait,
    AnnouncedHold,
    Rude,
}
