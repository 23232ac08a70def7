using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using QaBot.Core.Transcripts;
using QaBot.Infrastructure.Ingest.Jsonl;

namespace QaBot.Infrastructure.Ingest.Csv;

/// <summary>
/// CSV transcripts: one message per row, chat fields repeated on every row (DESIGN §2). Each row is validated on its
/// own, through the same rules as the JSON format, so a broken row costs only itself; consecutive rows of one chat
/// are folded into one upsert.
/// </summary>
public sealed class CsvTranscriptFormat(IngestPolicy policy) : ITranscriptFormat
{
    private static readonly string[] RequiredColumns = ["chat_id", "message_id", "at", "from"];
    private static readonly HashSet<string> NumberColumns = ["csat", "order_value"];
    private static readonly HashSet<string> BoolColumns = ["converted", "canned"];

    private string? _header;

    public string Name => "csv";

    public string RejectedExtension => ".rejected.csv";

    public string? RejectedHeader => _header;

    public async IAsyncEnumerable<IngestItem> ReadAsync(TextReader reader, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var csv = new CsvRecordReader(reader);
        var header = await csv.ReadAsync(cancellationToken);
        if (header is null)
        {
            yield break;
        }

        _header = header.Raw;
        var columns = header.Fields.Select(f => f.Trim().ToLowerInvariant()).Select(f => f == "id" ? "chat_id" : f).ToArray();
        var missing = RequiredColumns.Where(r => !columns.Contains(r)).ToList();
        if (missing.Count > 0)
        {
            yield return IngestItem.Rejected(header.Line, $"header: missing column(s) {string.Join(", ", missing)}", header.Raw);
            yield break;
        }

        Chat? pending = null;
        long pendingLine = 0;
        while (await csv.ReadAsync(cancellationToken) is { } record)
        {
            var item = ParseRow(record, columns, policy);
            if (item.Chat is null)
            {
                yield return item;
                continue;
            }

            if (pending is not null && pending.Key == item.Chat.Key)
            {
                pending = ChatMerger.Merge(pending, item.Chat);
                continue;
            }

            if (pending is not null)
            {
                yield return IngestItem.Accepted(pendingLine, pending);
            }

            pending = item.Chat;
            pendingLine = item.Line;
        }

        if (pending is not null)
        {
            yield return IngestItem.Accepted(pendingLine, pending);
        }
    }

    private static IngestItem ParseRow(CsvRecordReader.Record record, string[] columns, IngestPolicy policy)
    {
        if (record.Error is not null)
        {
            return IngestItem.Rejected(record.Line, record.Error, record.Raw);
        }

        if (record.Fields.Count != columns.Length)
        {
            return IngestItem.Rejected(record.Line, $"expected {columns.Length} fields, found {record.Fields.Count}", record.Raw);
        }

        try
        {
            var chat = new JsonObject();
            var message = new JsonObject();
            JsonObject? customer = null, op = null;
            for (var i = 0; i < columns.Length; i++)
            {
                var value = record.Fields[i];
                if (value.Length == 0)
                {
                    continue;
                }

                var column = columns[i];
                switch (column)
                {
                    case "chat_id": chat["id"] = value; break;
                    case "message_id": message["id"] = value; break;
                    case "at" or "from" or "text" or "event": message[column] = value; break;
                    case "canned": message["canned"] = Typed(column, value); break;
                    case "operator_id": (op ??= [])["id"] = value; break;
                    case "operator_name": (op ??= [])["name"] = value; break;
                    case "customer_id": (customer ??= [])["id"] = value; break;
                    case "customer_name": (customer ??= [])["name"] = value; break;
                    case "tags": chat["tags"] = new JsonArray([.. value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(t => (JsonNode)t!)]); break;
                    default: chat[column] = Typed(column, value); break;
                }
            }

            if (op is not null)
            {
                message["operator"] = op;
            }

            if (customer is not null)
            {
                chat["customer"] = customer;
            }

            chat["messages"] = new JsonArray(message);
            var parsed = TranscriptJsonParser.Parse(System.Text.Json.JsonSerializer.SerializeToElement(chat), policy);
            return IngestText.OutsideFields(record.Raw) is { } problem
                ? IngestItem.Rejected(record.Line, problem, record.Raw)
                : IngestItem.Accepted(record.Line, parsed);
        }
        catch (IngestException ex)
        {
            // Name the CSV column, not the JSON path the row was validated through.
            var column = ex.Field.StartsWith("messages[0].", StringComparison.Ordinal) ? ex.Field["messages[0].".Length..] : ex.Field;
            column = column switch { "id" when ex.Field.StartsWith("messages", StringComparison.Ordinal) => "message_id", "id" => "chat_id", _ => column.Replace('.', '_') };
            return IngestItem.Rejected(record.Line, $"{column}: {ex.Reason}", record.Raw);
        }
    }

    private static JsonValue Typed(string column, string value)
    {
        if (NumberColumns.Contains(column))
        {
            return decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var d)
                ? JsonValue.Create(d)
                : throw new IngestException(column, $"'{value}' is not a number");
        }

        if (BoolColumns.Contains(column))
        {
            return value.Trim().ToLowerInvariant() switch
            {
                "true" or "1" or "yes" => JsonValue.Create(true),
                "false" or "0" or "no" => JsonValue.Create(false),
                _ => throw new IngestException(column, $"'{value}' is not true/false"),
            };
        }

        return JsonValue.Create(value);
    }
}
