using QaBot.Core.Checks;
using QaBot.Infrastructure.Ingest.Csv;

namespace QaBot.Infrastructure.Quality;

/// <summary>
/// Reads hand labels of the quality checks: CSV with the header <c>chat_id,check,label</c>, label <c>pass|fail|n/a</c>
/// (DESIGN §4). A bad row stops the evaluation naming its line: a silently dropped label would change the figures.
/// </summary>
public static class CheckLabelsCsv
{
    public static async Task<IReadOnlyList<CheckLabel>> ReadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"--labels: no such file: {path}", path);
        }

        using var reader = File.OpenText(path);
        var csv = new CsvRecordReader(reader);
        var header = await csv.ReadAsync(cancellationToken)
            ?? throw new InvalidDataException($"{path}: the file is empty; expected a header 'chat_id,check,label'.");
        var columns = header.Fields.Select(f => f.Trim().TrimStart('\uFEFF').ToLowerInvariant()).ToList();
        var (id, check, label) = (columns.IndexOf("chat_id"), columns.IndexOf("check"), columns.IndexOf("label"));
        if (id < 0 || check < 0 || label < 0)
        {
            throw new InvalidDataException($"{path}: the header must name the columns 'chat_id', 'check' and 'label'; found '{string.Join(',', header.Fields)}'.");
        }

        var labels = new List<CheckLabel>();
        var seen = new HashSet<(string, string)>();
        while (await csv.ReadAsync(cancellationToken) is { } row)
        {
            if (row.Error is not null)
            {
                throw new InvalidDataException($"{path}, line {row.Line}: {row.Error}.");
            }

            if (row.Fields.Count == 1 && string.IsNullOrWhiteSpace(row.Fields[0]))
            {
                continue;
            }

            if (row.Fields.Count <= Math.Max(id, Math.Max(check, label)))
            {
                throw new InvalidDataException($"{path}, line {row.Line}: expected the columns chat_id, check and label, found {row.Fields.Count} fields.");
            }

            var name = row.Fields[check].Trim();
            if (!CheckNames.All.Contains(name, StringComparer.Ordinal))
            {
                throw new InvalidDataException($"{path}, line {row.Line}: unknown check '{name}'; expected one of {string.Join(", ", CheckNames.All)}.");
            }

            if (!CheckOutcomeNames.TryParse(row.Fields[label].Trim(), out var outcome))
            {
                throw new InvalidDataException($"{path}, line {row.Line}: label must be pass, fail or n/a, found '{row.Fields[label].Trim()}'.");
            }

            var chat = row.Fields[id].Trim();
            if (!seen.Add((chat, name)))
            {
                throw new InvalidDataException($"{path}, line {row.Line}: chat '{chat}' has a second '{name}' label.");
            }

            labels.Add(new CheckLabel(chat, name, outcome, row.Line));
        }

        return labels;
    }
}
