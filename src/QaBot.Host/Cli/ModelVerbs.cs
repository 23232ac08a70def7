using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using QaBot.Core.Abstractions;
using QaBot.Infrastructure.Quality;
using QaBot.Infrastructure.Scoring;

namespace QaBot.Host.Cli;

/// <summary>
/// <c>qabot train --task politeness|sales-intent --data CSV|DIR --out ZIP [--split train] [--with-labels]</c> and
/// <c>qabot evaluate --task … --data CSV|DIR [--model ZIP | --cv K] [--split test]</c> (prints n, accuracy, f1, auc).
/// <c>--split</c> keeps the deterministic 90/10 train/test split of the data, so held-out quality can be measured.
/// </summary>
internal static class ModelVerbs
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<int> TrainAsync(CommandLine cl, IServiceProvider services, CancellationToken cancellationToken)
    {
        cl.AllowOnly("task", "data", "out", "split", "with-labels");
        var task = Task(cl);
        var output = cl.Option("out") ?? throw new UsageException("train needs --out ZIP");
        var data = Load(cl, task, services).ToList();
        if (cl.Has("with-labels"))
        {
            var labels = await SupervisorExamples.LabelsAsync(services.GetRequiredService<ILabelStore>(), task, cancellationToken);
            var detector = services.GetService<ILanguageDetector>();
            data.AddRange(labels.Select(l => SupervisorExamples.ToExample(l, detector)));
        }

        var result = new ModelTrainer().Train(task, data, output);
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            task = task.ToName(),
            model = result.ModelPath,
            examples = result.Examples,
            positives = result.Positives,
            by_language = result.ExamplesByLanguage,
            calibration_examples = result.CalibrationExamples,
            seconds = Math.Round(result.Elapsed.TotalSeconds, 1),
        }, Json));
        return 0;
    }

    public static Task<int> EvaluateAsync(CommandLine cl, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (cl.Option("task") == EvaluateChecksVerb.TaskName)
        {
            return EvaluateChecksVerb.RunAsync(cl, services, cancellationToken);
        }

        cl.AllowOnly("task", "data", "model", "cv", "split");
        var task = Task(cl);
        var data = Load(cl, task, services);
        var trainer = new ModelTrainer();
        EvaluationResult result;
        if (cl.Option("cv") is not null)
        {
            var k = cl.IntOption("cv", 5);
            if (k < 2)
            {
                throw new UsageException("--cv needs at least 2 folds");
            }

            result = trainer.CrossValidate(task, data, k);
        }
        else
        {
            var scoring = services.GetRequiredService<IOptions<ScoringOptions>>().Value;
            var model = cl.Option("model") ?? scoring.ModelPath(task);
            if (!File.Exists(model))
            {
                throw new UsageException($"model file not found: {model} (train one with: qabot train --task {task.ToName()} --data config/training --out {model})");
            }

            result = trainer.Evaluate(task, model, data);
            if (task == MessageScoringTask.Politeness)
            {
                var rules = services.GetRequiredService<IOptions<RulesOptions>>().Value;
                var lexicon = PhraseBookLoader.Load(rules.Directory).Book.Rude;
                result = result with { RudeTier = RudeTierEvaluation.Evaluate(model, lexicon, rules.RudeThreshold, data) };
            }
        }

        Console.WriteLine(JsonSerializer.Serialize(result, Json));
        return System.Threading.Tasks.Task.FromResult(0);
    }

    private static MessageScoringTask Task(CommandLine cl) =>
        MessageScoringTaskNames.TryParse(cl.Option("task"), out var task)
            ? task
            : throw new UsageException("--task must be politeness, sales-intent or checks");

    private static IReadOnlyList<LabelledText> Load(CommandLine cl, MessageScoringTask task, IServiceProvider services)
    {
        var path = cl.Option("data") ?? throw new UsageException("--data CSV (text,label) or a folder of <task>*.csv files is required");
        var detector = services.GetService<ILanguageDetector>();
        IReadOnlyList<LabelledText> data = Directory.Exists(path) ? TrainingSets.Load(task, path, detector)
            : File.Exists(path) ? LabelledCsv.Read(path, detector)
            : throw new UsageException($"--data: no such file or folder: {path}");
        return cl.Option("split") switch
        {
            null => data,
            "train" => HeldOutSplit.Split(data).Train,
            "test" => HeldOutSplit.Split(data).Test,
            var other => throw new UsageException($"--split must be train or test, got '{other}'"),
        };
    }
}
