using System.Text;

namespace QaBot.Infrastructure.Ingest.Csv;

/// <summary>
/// A streaming RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks. Reports the line a
/// record starts on and its raw text, so a rejected row can be quoted back exactly.
/// </summary>
internal sealed class CsvRecordReader
{
    private readonly TextReader _reader;
    private long _line;

    public CsvRecordReader(TextReader reader)
    {
        _reader = reader;
    }

    public sealed record Record(long Line, IReadOnlyList<string> Fields, string Raw, string? Error);

    public async Task<Record?> ReadAsync(CancellationToken cancellationToken)
    {
        string? line;
        do
        {
            line = await _reader.ReadLineAsync(cancellationToken);
            if (line is null)
            {
                return null;
            }

            _line++;
        }
        while (line.Length == 0);

        var start = _line;
        var raw = new StringBuilder(line);
        var fields = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        var i = 0;
        while (true)
        {
            if (i >= line.Length)
            {
                if (!inQuotes)
                {
                    fields.Add(field.ToString());
                    return new Record(start, fields, raw.ToString(), null);
                }

                // A quoted field continues on the next physical line.
                line = await _reader.ReadLineAsync(cancellationToken);
                if (line is null)
                {
                    return new Record(start, fields, raw.ToString(), "unterminated quoted field at end of file");
                }

                _line++;
                raw.Append('\n').Append(line);
                field.Append('\n');
                i = 0;
                continue;
            }

            var c = line[i];
            if (inQuotes)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i += 2;
                    continue;
                }

                if (c == '"')
                {
                    inQuotes = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                inQuotes = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }

            i++;
        }
    }
}
