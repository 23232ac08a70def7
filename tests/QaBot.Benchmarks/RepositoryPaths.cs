namespace QaBot.Benchmarks;

/// <summary>Finds the repository's config/ folder and the shared politeness dev set, wherever the tool runs from.</summary>
internal static class RepositoryPaths
{
    public const string WikipediaDevSet = "../shared/data/politeness-dev/wikipedia.annotated.csv";

    // BenchmarkDotNet runs benchmarks in child processes far from the repository: the host passes config/ on.
    private const string ConfigVariable = "QABOT_BENCH_CONFIG";

    public static string ConfigDirectory()
    {
        if (Environment.GetEnvironmentVariable(ConfigVariable) is { Length: > 0 } passed)
        {
            return passed;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var config = Path.Combine(dir.FullName, "config");
            if (Directory.Exists(Path.Combine(config, "training")))
            {
                return config;
            }
        }

        var current = Path.Combine(Directory.GetCurrentDirectory(), "config");
        return Directory.Exists(current)
            ? current
            : throw new DirectoryNotFoundException("Cannot find config/training above the tool or the current directory; run from the repository.");
    }

    /// <summary>Makes <see cref="ConfigDirectory"/> known to child processes started after this call.</summary>
    public static void PassToChildProcesses() => Environment.SetEnvironmentVariable(ConfigVariable, ConfigDirectory());

    /// <summary>The Stanford Wikipedia requests beside the repository (../shared), or null when absent.</summary>
    public static string? WikipediaDevSetPath()
    {
        var repository = Directory.GetParent(ConfigDirectory())!.FullName;
        var path = Path.GetFullPath(Path.Combine(repository, WikipediaDevSet));
        return File.Exists(path) ? path : null;
    }
}
