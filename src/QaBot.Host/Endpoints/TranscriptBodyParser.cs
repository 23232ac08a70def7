using System.Text.Json;
using QaBot.Core.Transcripts;
using QaBot.Infrastructure.Ingest;
using QaBot.Infrastructure.Ingest.Jsonl;

namespace QaBot.Host.Endpoints;

/// <summary>
/// The body of <c>POST /api/v1/transcripts</c>: one chat as a JSON document (pretty-printed or not), a JSON array of
/// chats, or JSON Lines. All records are validated before anything is written, under the same policy as file imports.
/// </summary>
internal static class TranscriptBodyParser
{
    public sealed record Result(IReadOnlyList<Chat> Chats, IReadOnlyDictionary<string, string[]> Errors);

    public static Result Parse(ReadOnlySpan<byte> body, IngestPolicy policy)
    {
        var chats = new List<Chat>();
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        // Bad UTF-8 decodes to a marker that the field checks name (IngestText), exactly as in a file.
        var text = IngestText.Utf8.GetString(body);
        JsonDocument? document = null;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
            // Not a single document: read it as JSON Lines below.
        }

        if (document is not null)
        {
            using (document)
            {
                if (document.RootElement.ValueKind == JsonValueKind.Array)
                {
                    var i = 0;
                    foreach (var element in document.RootElement.EnumerateArray())
                    {
                        ParseOne(element, $"[{i++}].", policy, chats, errors);
                    }
                }
                else
                {
                    ParseOne(document.RootElement, string.Empty, policy, chats, errors);
                }
            }

            if (errors.Count == 0 && IngestText.OutsideFields(text) is not null)
            {
                errors["body"] = ["is not valid UTF-8"];
            }

            return new Result(chats, errors);
        }

        var lineNumber = 0;
        // One line's string at a time: splitting the whole body first would hold a second copy of it per request.
        for (var start = 0; start <= text.Length;)
        {
            lineNumber++;
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            var span = text.AsSpan(start, end - start);
            start = end + 1;
            if (span.IsWhiteSpace())
            {
                continue;
            }

            var line = span.ToString();
            var item = JsonlTranscriptFormat.ParseLine(lineNumber, line, policy);
            if (item.Chat is not null)
            {
                chats.Add(item.Chat);
            }
            else
            {
                errors[$"line {lineNumber}"] = [item.Error!];
            }
        }

        if (chats.Count == 0 && errors.Count == 0)
        {
            errors["body"] = ["is empty: post one chat as JSON or several as JSON Lines"];
        }

        return new Result(chats, errors);
    }

    private static void ParseOne(JsonElement element, string prefix, IngestPolicy policy, List<Chat> chats, Dictionary<string, string[]> errors)
    {
        try
        {
            chats.Add(TranscriptJsonParser.Parse(element, policy));
        }
        catch (IngestException ex)
        {
            errors[prefix + ex.Field] = [ex.Reason];
        }
    }
}
