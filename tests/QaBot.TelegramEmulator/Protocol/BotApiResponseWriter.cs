using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace QaBot.TelegramEmulator.Protocol;

/// <summary>Writes the two response shapes of the Bot API.</summary>
internal static class BotApiResponseWriter
{
    public static Task WriteResultAsync(HttpResponse response, JsonNode? result, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["ok"] = true, ["result"] = result ?? true };
        return WriteAsync(response, 200, body, cancellationToken);
    }

    public static Task WriteErrorAsync(HttpResponse response, BotApiException error, CancellationToken cancellationToken)
    {
        var body = new JsonObject
        {
            ["ok"] = false,
            ["error_code"] = error.ErrorCode,
            ["description"] = error.Message,
        };
        if (error.RetryAfter is { } retryAfter)
        {
            body["parameters"] = new JsonObject { ["retry_after"] = retryAfter };
        }

        return WriteAsync(response, error.ErrorCode, body, cancellationToken);
    }

    private static async Task WriteAsync(HttpResponse response, int statusCode, JsonObject body, CancellationToken cancellationToken)
    {
        response.StatusCode = statusCode;
        response.ContentType = "application/json";
        await response.WriteAsync(body.ToJsonString(), cancellationToken);
    }
}
