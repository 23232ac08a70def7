using QaBot.Infrastructure.Scoring;

namespace QaBot.Benchmarks;

/// <summary>
/// The search behind <see cref="ScoringPipelineOptions.For"/>: each candidate is trained on config/training and tested
/// on the Stanford Wikipedia requests (cross-domain), and cross-validated on those requests (in-domain).
/// </summary>
internal static class PolitenessTuning
{
    private static readonly ScoringPipelineOptions Default = ScoringPipelineOptions.For(MessageScoringTask.Politeness);

    private static readonly (string Name, ScoringPipelineOptions Options)[] Candidates =
    [
        ("default", Default),
        ("l2 0.03", Default with { L2Regularization = 0.03f }),
        ("l2 0.3", Default with { L2Regularization = 0.3f }),
        ("l2 1", Default with { L2Regularization = 1f }),
        ("no cues", Default with { UseCueFeatures = false }),
    ];

    public static void Run()
    {
        var config = RepositoryPaths.ConfigDirectory();
        var wikipedia = RepositoryPaths.WikipediaDevSetPath()
            ?? throw new FileNotFoundException("The Stanford Wikipedia requests are needed for tuning.", RepositoryPaths.WikipediaDevSet);
        var requests = LabelledCsv.Read(wikipedia);
        var training = TrainingSets.Load(MessageScoringTask.Politeness, config);
        using var models = new TemporaryFolder();
        var salesZip = Path.Combine(models.Path, "sales-intent.zip");
        new ModelTrainer().Train(MessageScoringTask.SalesIntent, TrainingSets.Load(MessageScoringTask.SalesIntent, config), salesZip);
        foreach (var (name, options) in Candidates)
        {
            var trainer = new ModelTrainer(politeness: options);
            var zip = Path.Combine(models.Path, "politeness.zip");
            trainer.Train(MessageScoringTask.Politeness, training, zip);
            var crossDomain = trainer.Evaluate(MessageScoringTask.Politeness, zip, requests);
            var inDomain = trainer.CrossValidate(MessageScoringTask.Politeness, requests, 10);
            using var scorer = new MlMessageScorer(zip, salesZip);
            Console.WriteLine(
                $"{name,-10} cross-domain acc={crossDomain.Accuracy:F3} auc={crossDomain.Auc:F3} ({Threshold(scorer, requests)})   " +
                $"wiki 10-fold acc={inDomain.Accuracy:F3} auc={inDomain.Auc:F3}");
        }
    }

    // How far the 0.5 threshold is from the best one across domains: a calibration check, not a tuning knob.
    private static string Threshold(MlMessageScorer scorer, IReadOnlyList<LabelledText> requests)
    {
        var rude = scorer.ScoreRudeness([.. requests.Select(r => (r.Text, r.Language))]);
        var polite = rude.Count(p => p < 0.5f) / (double)rude.Count;
        var (threshold, accuracy) = Enumerable.Range(1, 99)
            .Select(t => t / 100f)
            .Select(t => (t, requests.Where((r, i) => (rude[i] < t) == r.Label).Count() / (double)rude.Count))
            .MaxBy(x => x.Item2);
        return $"predicted polite {polite:F2}; best threshold {threshold:F2} → acc {accuracy:F3}";
    }
}
