using BenchmarkDotNet.Running;
using QaBot.Benchmarks;
using QaBot.Infrastructure.Scoring;

// dotnet run -c Release --project tests/QaBot.Benchmarks -- quality      model quality (README numbers)
// dotnet run -c Release --project tests/QaBot.Benchmarks -- tune         hyperparameter search for the politeness model
// dotnet run -c Release --project tests/QaBot.Benchmarks -- --filter '*' BenchmarkDotNet throughput benchmarks
switch (args.FirstOrDefault())
{
    case "quality":
        QualityReport.Run(new ModelTrainer(), includeCrossValidation: !args.Contains("--no-cv"));
        break;
    case "tune":
        PolitenessTuning.Run();
        break;
    default:
        ScoringModels.EnsureTrained();
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        break;
}
