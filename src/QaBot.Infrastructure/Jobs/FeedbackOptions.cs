using System.ComponentModel.DataAnnotations;

namespace QaBot.Infrastructure.Jobs;

/// <summary>The <c>Feedback</c> section: when each operator's weekly feedback goes out, Mondays (DESIGN §6).</summary>
public sealed class FeedbackOptions
{
    public const string SectionName = "Feedback";

    [RegularExpression(ScheduleTime.Pattern, ErrorMessage = ScheduleTime.Message)]
    public string WeeklyAt { get; set; } = "09:30";
}
