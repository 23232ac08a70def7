using System.CommandLine;
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

    private static readonly Option<string?> Data = CliOptions.Text("--data", "a CSV file (text,label) or a folder of <task>*.csv files", "CSV|DIR", required: true);

    private static readonly Option<string?> Split = CliOptions.Choice("--split", "only the train or the test part of the deterministic 90/10 split", "train", "test");

    public static Command TrainCommand(VerbContext verbs)
    {
        var task = CliOptions.Choice("--task", "the model to train", "politeness", "sales-intent");
        task.Required = true;
        var output = CliOptions.Text("--out", "the model file to write", "ZIP", required: true);
        var withLabels = CliOptions.Flag("--with-labels", "add the supervisors' labels stored by the bot");
        var command = new Command("train", "trains a message model (ML.NET) and prints what it was trained on") { task, Data, output, Split, withLabels };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var host = verbs.Host(parse);
            return await TrainAsync(TaskOf(parse.GetValue(task)), parse.GetRequiredValue(output)!, parse.GetValue(withLabels), Inputs(parse), host.Services, cancellationToken);
        });
        return command;
    }

    public static Command EvaluateCommand(VerbContext verbs)
    {
        var task = CliOptions.Choice("--task", "the model to measure, or checks for the per-chat checks against labels", "politeness", "sales-intent", EvaluateChecksVerb.TaskName);
        task.Required = true;
        var model = CliOptions.Text("--model", "the model file to score (default: the shipped one)", "ZIP");
        var cv = CliOptions.Whole("--cv", "cross-validate the training pipeline on the data with K folds instead", 0, 2);
        var labels = CliOptions.Text("--labels", "with --task checks: chat_id,check,label (pass, fail or n/a)", "LABELS.csv");
        var command = new Command("evaluate", "measures a model ({n, accuracy, f1, auc}) or the checks (per check precision and recall)") { task, Data, model, cv, Split, labels, ImportVerb.Format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var checks = parse.GetValue(task) == EvaluateChecksVerb.TaskName;
            if (checks != parse.GetValue(labels) is not null)
            {
                throw new UsageException(checks ? "--task checks needs --labels LABELS.csv (chat_id,check,label)" : "--labels goes with --task checks");
            }

            if (parse.GetValue(model) is not null && parse.GetValue(cv) > 0)
            {
                throw new UsageException("--model and --cv exclude each other: score a saved model, or cross-validate the pipeline");
            }

            using var host = verbs.Host(parse);
            if (checks)
            {
                return await EvaluateChecksVerb.RunAsync(parse.GetRequiredValue(Data)!, parse.GetValue(labels)!, parse.GetValue(ImportVerb.Format), host.Services, cancellationToken);
            }

            return Evaluate(TaskOf(parse.GetValue(task)), parse.GetValue(model), parse.GetValue(cv), Inputs(parse), host.Services);
        });
        return command;
    }

    private static async Task<int> TrainAsync(MessageScoringTask task, string output, bool withLabels, (string Path, string? Split) inputs, IServiceProvider services, CancellationToken cancellationToken)
    {
        var data = Load(inputs, task, services).ToList();
        if (withLabels)
        {
            var labels = await SupervisorExamples.LabelsAsync(services.GetRequiredService<ILabelStore>(), task, cancellationToken);
            var detector = services.GetService<ILanguageDetector>();
            data.AddRange(labels.Select(l => SupervisorExamples.ToExample(l, detector)));
        }

        var result = new ModelTrainer().Train(task, data, output, cancellationToken);
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

    private static int Evaluate(MessageScoringTask task, string? modelPath, int folds, (string Path, string? Split) inputs, IServiceProvider services)
    {
        var data = Load(inputs, task, services);
        var trainer = new ModelTrainer();
        EvaluationResult result;
        if (folds > 0)
        {
            result = trainer.CrossValidate(task, data, folds);
        }
        else
        {
            var scoring = services.GetRequiredService<IOptions<ScoringOptions>>().Value;
            var model = modelPath ?? scoring.ModelPath(task);
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
        return 0;
    }

    private static MessageScoringTask TaskOf(string? name) =>
        MessageScoringTaskNames.TryParse(name, out var task) ? task : throw new UsageException("--task must be politeness or sales-intent");

    private static (string Path, string? Split) Inputs(ParseResult parse) => (parse.GetRequiredValue(Data)!, parse.GetValue(Split));

    private static IReadOnlyList<LabelledText> Load((string Path, string? Split) inputs, MessageScoringTask task, IServiceProvider services)
    {
        var path = inputs.Path;
        var detector = services.GetService<ILanguageDetector>();
        IReadOnlyList<LabelledText> data = Directory.Exists(path) ? TrainingSets.Load(task, path, detector)
            : File.Exists(path) ? LabelledCsv.Read(path, detector)
            : throw new UsageException($"--data: no such file or folder: {path}");
        return inputs.Split switch
        {
            "train" => HeldOutSplit.Split(data).Train,
            "test" => HeldOutSplit.Split(data).Test,
            _ => data,
        };
    }
}
