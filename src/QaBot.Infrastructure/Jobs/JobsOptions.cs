using System.ComponentModel.DataAnnotations;

namespace QaBot.Infrastructure.Jobs;

/// <summary>The <c>Jobs</c> section: when the nightly maintenance jobs run.</summary>
public sealed class JobsOptions
{
    public const string SectionName = "Jobs";

    /// <summary>Nightly retraining of the models from supervisor labels (<see cref="RetrainJob"/>).</summary>
    [RegularExpression(ScheduleTime.Pattern, ErrorMessage = ScheduleTime.Message)]
    public string RetrainAt { get; set; } = "03:00";

    /// <summary>Nightly retention purge (<see cref="RetentionJob"/>).</summary>
    [RegularExpression(ScheduleTime.Pattern, ErrorMessage = ScheduleTime.Message)]
    public string PurgeAt { get; set; } = "04:00";
}
