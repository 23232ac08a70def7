using System.ComponentModel.DataAnnotations;
using QaBot.Infrastructure.Scoring;

namespace QaBot.Infrastructure.Quality;

/// <summary>The <c>Scoring</c> section: where the ML.NET models and their training data are, and how the background scorer runs.</summary>
public sealed class ScoringOptions
{
    public const string SectionName = "Scoring";

    /// <summary>Folder holding <c>politeness.zip</c> and <c>sales-intent.zip</c>.</summary>
    [Required(AllowEmptyStrings = false)]
    public string ModelsDirectory { get; set; } = "config/models";

    /// <summary>Folder of the shipped <c>politeness*.csv</c> and <c>sales-intent*.csv</c> the nightly retraining starts from.</summary>
    [Required(AllowEmptyStrings = false)]
    public string TrainingDirectory { get; set; } = "config/training";

    /// <summary>How often the background scorer looks for new or grown chats.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    [Range(1, 100000)]
    public int BatchSize { get; set; } = 500;

    public string PolitenessModelPath => Path.Combine(ModelsDirectory, "politeness.zip");

    public string SalesIntentModelPath => Path.Combine(ModelsDirectory, "sales-intent.zip");

    public string ModelPath(MessageScoringTask task) => task == MessageScoringTask.Politeness ? PolitenessModelPath : SalesIntentModelPath;
}
