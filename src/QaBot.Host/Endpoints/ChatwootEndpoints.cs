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
        HttpRequest request, IOptions<ChatwootOptions> chatwoot, IOptions<IngestOptions> ingest, ITranscriptStore store, CancellationToken cancellationToken)
    {
        if (!ApiKeys.IsValid(request.Query["token"], [chatwoot.Value.WebhookToken]))
        {
            Events.WithLabels("unauthorized").Inc();
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Missing or invalid token",
                detail: "Add ?token=<Chatwoot:WebhookToken> to the webhook URL configured in Chatwoot.");
        }

        var body = await RequestBody.ReadAsync(request, ingest.Value.MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            Events.WithLabels("too_large").Inc();
            return RequestBody.TooLarge(ingest.Value.MaxBodyBytes);
        }

        ChatwootMapping mapping;
        try
        {
            using var document = JsonDocument.Parse(body);
            mapping = ChatwootWebhookMapper.Map(document.RootElement);
        }
        catch (JsonException ex)
        {
            Events.WithLabels("invalid").Inc();
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["body"] = [$"invalid JSON: {ex.Message}"] }, title: "Invalid Chatwoot payload");
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

        await store.UpsertAsync([mapping.Chat], cancellationToken);
        Events.WithLabels("stored").Inc();
        return Results.Ok(new { @event = mapping.Event, chat_id = mapping.Chat.Id, messages = mapping.Chat.Messages.Count });
    }
}
