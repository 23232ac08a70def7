using QaBot.Infrastructure.Scoring;

namespace QaBot.Benchmarks;

/// <summary>
/// The models the throughput benchmarks load, trained from config/training by the current code (shipped zips may
/// predate it) into a temp folder, which BenchmarkDotNet's child processes find through an environment variable.
/// </summary>
internal static class ScoringModels
{
    private const string FolderVariable = "QABOT_BENCH_MODELS";

    public static string PolitenessPath => Path.Combine(Folder(), "politeness.zip");

    public static string SalesIntentPath => Path.Combine(Folder(), "sales-intent.zip");

    public static void EnsureTrained()
    {
        RepositoryPaths.PassToChildProcesses();
        var folder = Path.Combine(Path.GetTempPath(), "qabot-bench-models");
        var trainer = new ModelTrainer();
        foreach (var task in Enum.GetValues<MessageScoringTask>())
        {
            Console.WriteLine($"Training {task.ToName()} from config/training for the benchmarks…");
            trainer.Train(task, TrainingSets.Load(task, RepositoryPaths.ConfigDirectory()), Path.Combine(folder, $"{task.ToName()}.zip"));
        }

        Environment.SetEnvironmentVariable(FolderVariable, folder);
    }

    private static string Folder() =>
        Environment.GetEnvironmentVariable(FolderVariable)
        ?? throw new InvalidOperationException($"{FolderVariable} is not set: run the benchmarks through Program, which trains the models first.");
}
