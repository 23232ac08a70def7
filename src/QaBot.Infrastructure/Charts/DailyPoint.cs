namespace QaBot.Infrastructure.Charts;

/// <summary>One business day of the volume and service-level charts.</summary>
public sealed record DailyPoint(DateOnly Day, int Answered, int Missed, int Other, double? ServiceLevel);
