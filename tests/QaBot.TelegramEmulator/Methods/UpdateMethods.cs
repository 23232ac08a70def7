using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using QaBot.TelegramEmulator.Protocol;
using QaBot.TelegramEmulator.State;

namespace QaBot.TelegramEmulator.Methods;

/// <summary>getUpdates and the webhook methods.</summary>
internal sealed partial class UpdateMethods(EmulatorState state)
{
    private const int DefaultLimit = 100;

    public void Register(MethodTable table)
    {
        table.Add("getUpdates", GetUpdatesAsync);
        table.Add("setWebhook", SetWebhook);
        table.Add("deleteWebhook", DeleteWebhook);
        table.Add("getWebhookInfo", _ => WebhookInfo());
    }

    private async Task<JsonNode?> GetUpdatesAsync(BotApiRequest request, CancellationToken cancellationToken)
    {
        if (state.Webhook is not null)
        {
            throw new BotApiException(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
        }

        var timeout = TimeSpan.FromSeconds(Math.Max(0, request.GetInt32("timeout") ?? 0));
        return await state.Updates.GetUpdatesAsync(
            request.GetInt64("offset") ?? 0,
            request.GetInt32("limit") ?? DefaultLimit,
            timeout,
            AllowedUpdates(request),
            cancellationToken);
    }

    private JsonNode? SetWebhook(BotApiRequest request)
    {
        var url = request.RequireString("url");
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            throw BotApiException.BadRequest("bad webhook: Failed to resolve host: Name or service not known");
        }

        // Telegram demands HTTPS; plain HTTP is allowed on loopback so a test can reach the bot's own listener.
        if (uri.Scheme != Uri.UriSchemeHttps && !(uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback))
        {
            throw BotApiException.BadRequest("bad webhook: An HTTPS URL must be provided for webhook");
        }

        var secret = request.GetString("secret_token");
        if (secret is not null && !SecretToken().IsMatch(secret))
        {
            throw BotApiException.BadRequest("secret token contains unallowed characters");
        }

        if (request.GetBoolean("drop_pending_updates"))
        {
            state.Updates.Clear();
        }

        state.Webhook = new WebhookRegistration(uri, secret, AllowedUpdates(request));
        return true;
    }

    private JsonNode? DeleteWebhook(BotApiRequest request)
    {
        if (request.GetBoolean("drop_pending_updates"))
        {
            state.Updates.Clear();
        }

        state.Webhook = null;
        return true;
    }

    private JsonObject WebhookInfo()
    {
        var webhook = state.Webhook;
        var info = new JsonObject
        {
            ["url"] = webhook?.Url.ToString() ?? string.Empty,
            ["has_custom_certificate"] = false,
            ["pending_update_count"] = state.Updates.Count,
        };
        if (webhook?.AllowedUpdates is { } allowed)
        {
            info["allowed_updates"] = new JsonArray([.. allowed.Select(a => JsonValue.Create(a))]);
        }

        return info;
    }

    /// <summary>Null when not given (keep the previous setting); names Telegram does not know are ignored, as there.</summary>
    private List<string>? AllowedUpdates(BotApiRequest request)
    {
        if (request.GetJson("allowed_updates") is not { } node)
        {
            return null;
        }

        if (node is not JsonArray array)
        {
            throw BotApiException.BadRequest("can't parse allowed_updates JSON array");
        }

        return [.. array
            .Select(item => item is JsonValue value && value.TryGetValue<string>(out var name) ? name : null)
            .OfType<string>()
            .Where(state.Schema.UpdateTypes.Contains)];
    }

    // Telegram: 1-256 characters, A-Z, a-z, 0-9, _ and -.
    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretToken();
}
