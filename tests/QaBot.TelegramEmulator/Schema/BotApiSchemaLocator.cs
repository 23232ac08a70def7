using System.Reflection;

namespace QaBot.TelegramEmulator.Schema;

/// <summary>
/// Finds shared/telegram-bot-api/api.min.json. The repository sits beside shared/ (locally /work/main next to
/// /work/shared; on CI the clone has ../shared beside it), so walking up from a few starting points finds it even
/// when the build output lives outside the tree (dotnet --artifacts-path).
/// </summary>
public static class BotApiSchemaLocator
{
    /// <summary>Environment variable that names the file explicitly.</summary>
    public const string EnvironmentVariable = "QABOT_TELEGRAM_API_SCHEMA";

    private const string RelativePath = "shared/telegram-bot-api/api.min.json";

    /// <summary>Returns the schema path, or throws naming every place that was searched.</summary>
    public static string Locate(string? explicitPath = null)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            return File.Exists(explicitPath)
                ? Path.GetFullPath(explicitPath)
                : throw new FileNotFoundException($"The Bot API schema given explicitly does not exist: {explicitPath}", explicitPath);
        }

        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return File.Exists(fromEnvironment)
                ? Path.GetFullPath(fromEnvironment)
                : throw new FileNotFoundException($"{EnvironmentVariable} names a file that does not exist: {fromEnvironment}", fromEnvironment);
        }

        var starts = StartDirectories().Distinct(StringComparer.Ordinal).ToList();
        foreach (var start in starts)
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, RelativePath);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new FileNotFoundException(
            $"Cannot find {RelativePath}: searched every parent of {string.Join(", ", starts)}. " +
            $"Put the shared/ folder beside the repository, set {EnvironmentVariable}, or pass " +
            $"{nameof(TelegramEmulatorOptions)}.{nameof(TelegramEmulatorOptions.ApiSchemaPath)}.");
    }

    private static IEnumerable<string> StartDirectories()
    {
        yield return AppContext.BaseDirectory;
        yield return Directory.GetCurrentDirectory();

        // The project directory recorded at build time (see the csproj): found even when the binaries live elsewhere.
        var projectDirectory = typeof(BotApiSchemaLocator).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "QaBotTelegramEmulatorProjectDirectory")?.Value;
        if (!string.IsNullOrEmpty(projectDirectory) && Directory.Exists(projectDirectory))
        {
            yield return projectDirectory;
        }
    }
}
