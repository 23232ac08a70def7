using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace QaBot.TelegramEmulator.Protocol;

/// <summary>
/// Reads the parameters of a call from the query string and from a JSON, urlencoded or multipart body: the four ways
/// the Bot API accepts them.
/// </summary>
internal static class BotApiRequestReader
{
    public static async Task<BotApiRequest> ReadAsync(HttpRequest http, string method, CancellationToken cancellationToken)
    {
        var parameters = new JsonObject();
        var files = new Dictionary<string, UploadedFile>(StringComparer.Ordinal);

        if (http.HasJsonContentType())
        {
            parameters = await ReadJsonObjectAsync(http.Body, cancellationToken);
        }
        else if (http.HasFormContentType)
        {
            var form = await http.ReadFormAsync(cancellationToken);
            foreach (var (name, values) in form)
            {
                parameters[name] = values.ToString();
            }

            foreach (var file in form.Files)
            {
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer, cancellationToken);
                files[file.Name] = new UploadedFile(file.Name, file.FileName, file.ContentType, buffer.ToArray());
            }
        }

        // Telegram also reads the query string; a body value wins over a query value of the same name.
        foreach (var (name, values) in http.Query)
        {
            if (!parameters.ContainsKey(name))
            {
                parameters[name] = values.ToString();
            }
        }

        return new BotApiRequest(method, parameters, files);
    }

    private static async Task<JsonObject> ReadJsonObjectAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await body.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length == 0)
        {
            return [];
        }

        try
        {
            return JsonNode.Parse(buffer.ToArray()) as JsonObject
                ?? throw BotApiException.BadRequest("the request body must be a JSON object");
        }
        catch (JsonException e)
        {
            throw new BotApiException($"Bad Request: can't parse JSON body: {e.Message}", e);
        }
    }
}
