using QaBot.Core.Abstractions;

namespace QaBot.Infrastructure.Scoring;

/// <summary>
/// The training data shipped in config/training/: every <c>politeness*.csv</c> or <c>sales-intent*.csv</c> of a task,
/// also in sub-folders (the hand-written messages of <c>written/</c>, <c>politeness.ru.partA1.csv</c>), read with <see cref="LabelledCsv"/> (language from the file name, e.g. <c>politeness.ru.csv</c>).
/// </summary>
public static class TrainingSets
{
    public const string TrainingFolder = "training";

    /// <summary>The task's files in order of their path inside the folder.</summary>
    /// <param name="configDirectory">The config folder (its <c>training/</c> folder is read), or the training folder itself.</param>
    public static IReadOnlyList<string> Files(MessageScoringTask task, string configDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(configDirectory);
        var nested = Path.Combine(configDirectory, TrainingFolder);
        var folder = Directory.Exists(nested) ? nested : configDirectory;
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The training data folder '{Path.GetFullPath(folder)}' does not exist.");
        }

        var files = Directory.GetFiles(folder, $"{task.ToName()}*.csv", SearchOption.AllDirectories)
            .OrderBy(file => Path.GetRelativePath(folder, file), StringComparer.Ordinal)
            .ToArray();
        if (files.Length == 0)
        {
            throw new FileNotFoundException($"No {task.ToName()}*.csv training files in '{Path.GetFullPath(folder)}'.");
        }

        return files;
    }

    /// <summary>Every example of the task's files, in file then row order.</summary>
    /// <param name="detector">Detects the language of rows in files whose name carries none; null leaves it unknown.</param>
    public static IReadOnlyList<LabelledText> Load(MessageScoringTask task, string configDirectory, ILanguageDetector? detector = null) =>
        [.. Files(task, configDirectory).SelectMany(file => LabelledCsv.Read(file, detector))];
}
