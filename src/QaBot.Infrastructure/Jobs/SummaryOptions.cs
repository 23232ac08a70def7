using System.ComponentModel.DataAnnotations;

namespace QaBot.Infrastructure.Jobs;

/// <summary>The <c>Summary</c> section: when the daily summary of the previous day goes to the team chats (DESIGN §6).</summary>
public sealed class SummaryOptions
{
    public const string SectionName = "Summary";

    [RegularExpression(ScheduleTime.Pattern, ErrorMessage = ScheduleTime.Message)]
    public string DailyAt { get; set; } = "09:00";
}
