using System.Security.Cryptography;
using System.Text.Json;
using QaBot.Core.Text;

namespace QaBot.Infrastructure.Quality;

/// <summary>
/// Reads <c>config/rules/&lt;lang&gt;.json</c> (DESIGN §4). A file that is not valid JSON, or a key that is not a list
/// of strings, stops the start with the file and key named. The content hash versions the results computed with it.
/// </summary>
public static class PhraseBookLoader
{
    public sealed record Loaded(PhraseBook Book, string Hash, IReadOnlyList<string> Languages);

    public static Loaded Load(string directory)
    {
        if (!System.IO.Directory.Exists(directory))
        {
            throw new InvalidOperationException($"Rules:Directory '{directory}' does not exist; it must hold the phrase lists (ru.json, en.json, zh.json).");
        }

        var files = System.IO.Directory.GetFiles(directory, "*.json").OrderBy(f => f, StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            throw new InvalidOperationException($"Rules:Directory '{directory}' holds no <lang>.json phrase lists.");
        }

        var byLanguage = new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>(StringComparer.Ordinal);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            hash.AppendData(bytes);
            var language = Path.GetFileNameWithoutExtension(file).ToLowerInvariant();
            byLanguage[language] = Parse(file, bytes);
        }

        return new Loaded(new PhraseBook(byLanguage), Convert.ToHexStringLower(hash.GetHashAndReset())[..12], [.. byLanguage.Keys]);
    }

    private static Dictionary<string, IReadOnlyList<string>> Parse(string file, byte[] bytes)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes);
        }
        catch (JsonException ex)
        {
            throw new InvalidOperationException($"{file}: not valid JSON ({ex.Message})", ex);
        }

        using (document)
        {
            var phrases = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Name == "language")
                {
                    continue;
                }

                if (property.Value.ValueKind != JsonValueKind.Array || property.Value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
                {
                    throw new InvalidOperationException($"{file}: \"{property.Name}\" must be a list of strings");
                }

                phrases[property.Name] = [.. property.Value.EnumerateArray().Select(v => v.GetString()!).Where(s => s.Trim().Length > 0)];
            }

            return phrases;
        }
    }
}
