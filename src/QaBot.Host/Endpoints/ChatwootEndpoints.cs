using System.Text.Json;
using Microsoft.Extensions.Options;
using Prometheus;
using QaBot.Core.Abstractions;
using QaBot.Infrastructure.Ingest;
using QaBot.Infrastructure.Ingest.Chatwoot;

namespace QaBot.Host.Endpoints;

public static class ChatwootEndpoints
{
    private static readonly Counter Events = Metrics.CreateCounter(
        "qabot_chatwoot_events_total", "Chatwoot webhook deliveries by outcome.", "outcome");

    /// <summary>
    /// <c>POST /api/v1/chatwoot?token=…</c> (DESIGN §7). Chatwoot retries failed deliveries, so every valid event is
    /// answered 200, including events QaBot ignores; redeliveries merge by message id and change nothing.
    /// </summary>
    public static IEndpointRouteBuilder MapChatwootEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/chatwoot", PostAsync).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> PostAsync(
        HttpRequest request, IOptions<ChatwootOptions> chatwoot, IOptions<IngestOptions> ingest, RequestBodyReader reader, IngestPolicy policy,
        ITranscriptStore store, CancellationToken cancellationToken)
    {
        if (!ApiKeys.IsValid(request.Query["token"], [chatwoot.Value.WebhookToken]))
        {
            Events.WithLabels("unauthorized").Inc();
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Missing or invalid token",
                detail: "Add ?token=<Chatwoot:WebhookToken> to the webhook URL configured in Chatwoot.");
        }

        using var body = await reader.ReadAsync(request, cancellationToken);
        if (body.Refusal is not null)
        {
            Events.WithLabels(body.RefusalStatus switch { 413 => "too_large", 503 => "busy", _ => "incomplete" }).Inc();
            return body.Refusal;
        }

        ChatwootMapping mapping;
        try
        {
            // Bad UTF-8 decodes to a marker that the field checks name (IngestText), exactly as in a file.
            var text = IngestText.Utf8.GetString(body.Bytes.Span);
            using var document = JsonDocument.Parse(text);
            mapping = ChatwootWebhookMapper.Map(document.RootElement, policy);
            if (IngestText.OutsideFields(text) is not null)
            {
                throw new IngestException("body", "is not valid UTF-8");
            }
        }
        catch (JsonException ex)
        {
            Events.WithLabels("invalid").Inc();
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["body"] = [$"invalid JSON: {ex.Message.Split(" LineNumber:", 2)[0]}"] }, title: "Invalid Chatwoot payload");
        }
        catch (IngestException ex)
        {
            Events.WithLabels("invalid").Inc();
            return Results.ValidationProblem(new Dictionary<string, string[]> { [ex.Field] = [ex.Reason] }, title: "Invalid Chatwoot payload");
        }

        if (mapping.Chat is null)
        {
            Events.WithLabels("ignored").Inc();
            return Results.Ok(new { @event = mapping.Event, ignored = mapping.IgnoredReason });
        }

        var result = await StoreCall.RunAsync(ct => store.UpsertAsync([mapping.Chat], ct), ingest.Value.StoreTimeout, cancellationToken);
        Events.WithLabels(result.ChatsUnchanged > 0 ? "unchanged" : "stored").Inc();
        return Results.Ok(new { @event = mapping.Event, chat_id = mapping.Chat.Id, messages = mapping.Chat.Messages.Count, changed = result.ChatsUnchanged == 0 });
    }
}
