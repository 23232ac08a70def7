using System.Diagnostics;
using QaBot.Infrastructure.Scoring;

namespace QaBot.Benchmarks;

/// <summary>
/// The model-quality numbers of the README: held-out metrics per task and language on config/training, the politeness
/// model trained on config/training and tested on the Stanford Wikipedia requests (never trained on), and 10-fold
/// cross-validation of the pipeline on those requests alone.
/// </summary>
internal static class QualityReport
{
    public static void Run(ModelTrainer trainer, bool includeCrossValidation)
    {
        var config = RepositoryPaths.ConfigDirectory();
        var detector = new LinguaLanguageDetector();
        using var models = new TemporaryFolder();
        foreach (var task in Enum.GetValues<MessageScoringTask>())
        {
            var split = HeldOutSplit.Split(TrainingSets.Load(task, config));
            var zip = Path.Combine(models.Path, $"{task.ToName()}.heldout.zip");
            var watch = Stopwatch.StartNew();
            trainer.Train(task, split.Train, zip);
            Console.WriteLine($"{task.ToName()}: trained on {split.Train.Count} in {watch.Elapsed.TotalSeconds:F1} s; held out {split.Test.Count}");
            Print($"  held-out all", trainer.Evaluate(task, zip, split.Test));
            foreach (var language in split.Test.GroupBy(t => t.Language ?? "?").OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                Print($"  held-out {language.Key}", trainer.Evaluate(task, zip, language));
            }

            // Per file too, where a file's held-out rows have both labels (the written parts are small, some one-sided).
            foreach (var file in TrainingSets.Files(task, config))
            {
                var test = LabelledCsv.Read(file).Where(t => HeldOutSplit.IsHeldOut(t.Text)).ToList();
                if (test.Any(t => t.Label) && test.Any(t => !t.Label))
                {
                    Print($"  held-out {Path.GetFileName(file)}", trainer.Evaluate(task, zip, test));
                }
            }
        }

        if (RepositoryPaths.WikipediaDevSetPath() is not { } wikipedia)
        {
            Console.WriteLine("Stanford Wikipedia requests not found beside the repository: cross-domain numbers skipped.");
            return;
        }

        var requests = LabelledCsv.Read(wikipedia, detector);
        var full = Path.Combine(models.Path, "politeness.zip");
        trainer.Train(MessageScoringTask.Politeness, TrainingSets.Load(MessageScoringTask.Politeness, config), full);
        Print("politeness trained on config/training, tested on Wikipedia requests", trainer.Evaluate(MessageScoringTask.Politeness, full, requests));
        if (includeCrossValidation)
        {
            Print("politeness pipeline, 10-fold CV on Wikipedia requests", trainer.CrossValidate(MessageScoringTask.Politeness, requests, 10));
        }
    }

    private static void Print(string what, EvaluationResult result) =>
        Console.WriteLine($"{what,-72} n={result.N,5}  accuracy={result.Accuracy:F3}  f1={result.F1:F3}  auc={result.Auc:F3}");
}
