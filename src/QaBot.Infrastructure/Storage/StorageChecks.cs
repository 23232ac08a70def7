using Npgsql;

namespace QaBot.Infrastructure.Storage;

/// <summary>What makes a <c>Storage</c> value unusable, said without echoing it (a connection string may hold a password).</summary>
internal static class StorageChecks
{
    public static string? ConnectionStringProblem(string connectionString)
    {
        try
        {
            // Building the data source parses and checks the string as the real one will; it opens no connection.
            using var dataSource = new NpgsqlDataSourceBuilder(connectionString).Build();
            return null;
        }
        catch (ArgumentException ex) when (ex.InnerException is KeyNotFoundException && ex.ParamName is { Length: > 0 })
        {
            return $"not a PostgreSQL connection string: unknown keyword '{ex.ParamName}'";
        }
        catch (ArgumentException ex) when (ex.ParamName is { Length: > 0 })
        {
            return $"not a usable PostgreSQL connection string: '{ex.ParamName}' is missing or has an invalid value";
        }
        catch (ArgumentException)
        {
            return "not a PostgreSQL connection string: expected Keyword=value pairs separated by ';', e.g. Host=db;Username=qabot;Password=…";
        }
    }

    public static string? DataDirectoryProblem(string directory)
    {
        try
        {
            var full = Path.GetFullPath(directory);
            Directory.CreateDirectory(full);
            using (File.Create(Path.Combine(full, $".qabot-write-check-{Guid.NewGuid():N}"), 1, FileOptions.DeleteOnClose))
            {
                // Creating a file proves the folder is writable; it is deleted on close.
            }

            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            var reason = ex is UnauthorizedAccessException ? "permission denied" : ex.Message.TrimEnd('.');
            return $"'{directory}' is not a folder QaBot can create and write the SQLite database in ({reason})";
        }
    }
}
