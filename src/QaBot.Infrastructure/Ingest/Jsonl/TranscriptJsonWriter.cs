using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using QaBot.Core.Transcripts;

namespace QaBot.Infrastructure.Ingest.Jsonl;

/// <summary>Writes chats in QaBot's own JSON format (DESIGN §2), one per line, readable (non-ASCII text unescaped).</summary>
public static class TranscriptJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public static async Task<long> WriteLinesAsync(IEnumerable<Chat> chats, Stream output, CancellationToken cancellationToken)
    {
        long count = 0;
        var newline = "\n"u8.ToArray();
        using var buffer = new MemoryStream();
        await using var writer = new Utf8JsonWriter(buffer, Options);
        foreach (var chat in chats)
        {
            cancellationToken.ThrowIfCancellationRequested();
            buffer.SetLength(0);
            writer.Reset(buffer);
            Write(writer, chat);
            await writer.FlushAsync(cancellationToken);
            buffer.Write(newline);
            await output.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cancellationToken);
            count++;
        }

        return count;
    }

    public static string ToJson(Chat chat)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            Write(writer, chat);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static void Write(Utf8JsonWriter w, Chat chat)
    {
        w.WriteStartObject();
        w.WriteString("id", chat.Id);
        w.WriteString("source", chat.Source);
        w.WriteString("channel", chat.Channel);
        WriteIf(w, "group", chat.Group);
        WriteIf(w, "language", chat.Language);
        if (chat.Customer is { } customer)
        {
            w.WriteStartObject("customer");
            w.WriteString("id", customer.Id);
            WriteIf(w, "name", customer.Name);
            w.WriteEndObject();
        }

        WriteIf(w, "ended_at", chat.EndedAt);
        WriteIf(w, "closed_at", chat.ClosedAt);
        if (chat.Csat is { } csat)
        {
            w.WriteNumber("csat", csat);
        }

        if (chat.Converted is { } converted)
        {
            w.WriteBoolean("converted", converted);
        }

        if (chat.OrderValue is { } value)
        {
            w.WriteNumber("order_value", value);
        }

        if (chat.Tags is { } tags)
        {
            w.WriteStartArray("tags");
            foreach (var tag in tags)
            {
                w.WriteStringValue(tag);
            }

            w.WriteEndArray();
        }

        w.WriteStartArray("messages");
        foreach (var m in chat.Messages)
        {
            w.WriteStartObject();
            w.WriteString("id", m.Id);
            w.WriteString("at", Iso(m.At));
            w.WriteString("from", m.From.ToName());
            if (m.Operator is { } op)
            {
                w.WriteStartObject("operator");
                w.WriteString("id", op.Id);
                WriteIf(w, "name", op.Name);
                w.WriteEndObject();
            }

            WriteIf(w, "text", m.Text);
            if (m.Canned is { } canned)
            {
                w.WriteBoolean("canned", canned);
            }

            WriteIf(w, "event", m.Event);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>ISO 8601 with the instant's own offset; fractions only when there are any.</summary>
    public static string Iso(DateTimeOffset at) =>
        at.ToString(at.Ticks % TimeSpan.TicksPerSecond == 0 ? "yyyy-MM-dd'T'HH:mm:sszzz" : "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);

    private static void WriteIf(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void WriteIf(Utf8JsonWriter w, string name, DateTimeOffset? value)
    {
        if (value is { } v)
        {
            w.WriteString(name, Iso(v));
        }
    }
}
