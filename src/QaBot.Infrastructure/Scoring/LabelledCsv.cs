using System.Globalization;
using QaBot.Core.Abstractions;
using QaBot.Infrastructure.Ingest.Csv;

namespace QaBot.Infrastructure.Scoring;

/// <summary>
/// Reads labelled examples from CSV (RFC 4180): QaBot's <c>text,label</c> format (label 1/0, DESIGN §7), or the
/// Stanford Politeness Corpus format (columns <c>Request</c> and <c>Normalized Score</c>), labelled by
/// <see cref="QuartileLabels"/>. A row's language comes from the file name (<c>politeness.ru.csv</c> → ru), else from
/// the detector when one is given, else stays unknown.
/// </summary>
public static class LabelledCsv
{
    private const string TextColumn = "text";
    private const string LabelColumn = "label";
    private const string StanfordTextColumn = "Request";
    private const string StanfordScoreColumn = "Normalized Score";

    public static IReadOnlyList<LabelledText> Read(string path, ILanguageDetector? detector = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Training data file '{path}' does not exist.", path);
        }

        using var reader = File.OpenText(path);
        return Read(reader, path, ScoringLanguages.FromFileName(path), detector);
    }

    /// <param name="source">Names the data in error messages (usually the file path).</param>
    /// <param name="language">The language of every row, or null to detect it per row (or leave it unknown).</param>
    public static IReadOnlyList<LabelledText> Read(TextReader reader, string source, string? language, ILanguageDetector? detector = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        // Training files are small: reading them whole lets the shared streaming reader complete synchronously.
        using var buffered = new StringReader(reader.ReadToEnd());
        var records = ReadAll(new CsvRecordReader(buffered), source);
        if (records.Count == 0)
        {
            throw new InvalidDataException($"{source}: the file is empty; expected a header 'text,label'.");
        }

        var header = records[0].Fields;
        var rows = records.Skip(1).ToList();
        var stanfordText = IndexOf(header, StanfordTextColumn);
        var stanfordScore = IndexOf(header, StanfordScoreColumn);
        var labelled = stanfordText >= 0 && stanfordScore >= 0
            ? ReadStanford(rows, stanfordText, stanfordScore, source)
            : ReadTextLabel(rows, header, source);

        var fixedLanguage = ScoringLanguages.Canonical(language);
        return [.. labelled.Select(r => new LabelledText(r.Text, r.Label, fixedLanguage ?? detector?.Detect(r.Text)))];
    }

    private static List<(string Text, bool Label)> ReadTextLabel(List<CsvRecordReader.Record> rows, IReadOnlyList<string> header, string source)
    {
        var text = IndexOf(header, TextColumn);
        var label = IndexOf(header, LabelColumn);
        if (text < 0 || label < 0)
        {
            throw new InvalidDataException(
                $"{source}: the header must name the columns 'text' and 'label' (or 'Request' and 'Normalized Score'); found '{string.Join(',', header)}'.");
        }

        var result = new List<(string, bool)>(rows.Count);
        foreach (var row in rows)
        {
            var value = Field(row, label, source).Trim();
            var parsed = value switch
            {
                "1" => true,
                "0" => false,
                _ => throw new InvalidDataException($"{source}, line {row.Line}: label must be 1 or 0, found '{value}'."),
            };
            result.Add((Field(row, text, source), parsed));
        }

        return result;
    }

    private static List<(string Text, bool Label)> ReadStanford(List<CsvRecordReader.Record> rows, int text, int score, string source)
    {
        var scored = new List<(string Text, double Score)>(rows.Count);
        foreach (var row in rows)
        {
            var value = Field(row, score, source);
            if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
            {
                throw new InvalidDataException($"{source}, line {row.Line}: '{StanfordScoreColumn}' is not a number: '{value}'.");
            }

            scored.Add((Field(row, text, source), parsed));
        }

        return [.. QuartileLabels.Label(scored, r => r.Score).Select(r => (r.Row.Text, r.Label))];
    }

    private static List<CsvRecordReader.Record> ReadAll(CsvRecordReader csv, string source)
    {
        var records = new List<CsvRecordReader.Record>();
        // Over a StringReader nothing is awaited: these tasks are complete when returned.
        while (csv.ReadAsync(CancellationToken.None).GetAwaiter().GetResult() is { } record)
        {
            if (record.Error is not null)
            {
                throw new InvalidDataException($"{source}, line {record.Line}: {record.Error}.");
            }

            records.Add(record);
        }

        return records;
    }

    private static string Field(CsvRecordReader.Record row, int index, string source) =>
        index < row.Fields.Count
            ? row.Fields[index]
            : throw new InvalidDataException($"{source}, line {row.Line}: expected at least {index + 1} fields, found {row.Fields.Count}.");

    private static int IndexOf(IReadOnlyList<string> header, string name)
    {
        for (var i = 0; i < header.Count; i++)
        {
            // A UTF-8 byte order mark may survive in the first header field.
            if (string.Equals(header[i].Trim().TrimStart('\uFEFF'), name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
