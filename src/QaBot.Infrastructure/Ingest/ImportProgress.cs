namespace QaBot.Infrastructure.Ingest;

/// <summary>A progress snapshot of a running import, reported every few seconds.</summary>
public readonly record struct ImportProgress(long Records, long Messages, long Rejected, TimeSpan Elapsed);
