using System.Globalization;
using BenchmarkDotNet.Running;
using QaBot.Benchmarks;
using QaBot.Infrastructure.Quality;
using QaBot.Infrastructure.Scoring;

// dotnet run -c Release --project tests/QaBot.Benchmarks -- quality      model quality (README numbers)
// dotnet run -c Release --project tests/QaBot.Benchmarks -- tune         hyperparameter search for the politeness model
// dotnet run -c Release --project tests/QaBot.Benchmarks -- truth [--seeds 11,23] [--days 2] [--chats-per-day 500]
//     [--rude-threshold 0.97] [--sales-threshold 0.9] [--verbose]
//                                                                         politeness and missed_sale vs the generator's truth
// dotnet run -c Release --project tests/QaBot.Benchmarks -- ingest-load --url http://127.0.0.1:PORT --api-key KEY
//     [--connections 16] [--seconds 20] [--warmup 3] [--max-requests N] [--seed 1]
//                                                                         HTTP ingest load on a running host (tests/measure/http-ingest.sh)
// dotnet run -c Release --project tests/QaBot.Benchmarks -- --filter '*' BenchmarkDotNet throughput benchmarks
switch (args.FirstOrDefault())
{
    case "quality":
        QualityReport.Run(new ModelTrainer(), includeCrossValidation: !args.Contains("--no-cv"));
        break;
    case "ingest-load":
        Environment.ExitCode = await QaBot.Benchmarks.Ingest.IngestLoad.RunAsync(args);
        break;
    case "tune":
        PolitenessTuning.Run();
        break;
    case "truth":
        CheckTruthReport.Run(
            [.. Option("--seeds", "11,23").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))],
            int.Parse(Option("--days", "2"), CultureInfo.InvariantCulture),
            int.Parse(Option("--chats-per-day", "500"), CultureInfo.InvariantCulture),
            new RulesOptions
            {
                RudeThreshold = double.Parse(Option("--rude-threshold", "0.97"), CultureInfo.InvariantCulture),
                SalesIntentThreshold = double.Parse(Option("--sales-threshold", "0.9"), CultureInfo.InvariantCulture),
            },
            args.Contains("--verbose"));
        break;
    default:
        ScoringModels.EnsureTrained();
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        break;
}

string Option(string name, string fallback) =>
    Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
