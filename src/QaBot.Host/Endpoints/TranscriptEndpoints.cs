using Microsoft.Extensions.Options;
using Prometheus;
using QaBot.Core.Abstractions;
using QaBot.Infrastructure.Ingest;

namespace QaBot.Host.Endpoints;

public static class TranscriptEndpoints
{
    private static readonly Counter IngestedChats = Metrics.CreateCounter(
        "qabot_ingested_chats_total", "Chats upserted through HTTP ingest.", "endpoint");

    private static readonly Counter RejectedRequests = Metrics.CreateCounter(
        "qabot_ingest_rejected_requests_total", "Ingest requests refused (4xx).", "endpoint", "status");

    /// <summary><c>POST /api/v1/transcripts</c> (DESIGN §7): one chat or JSON Lines, <c>X-Api-Key</c> required.</summary>
    public static IEndpointRouteBuilder MapTranscriptEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/transcripts", PostTranscriptsAsync).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> PostTranscriptsAsync(
        HttpRequest request, IOptions<IngestOptions> options, RequestBodyReader reader, IngestPolicy policy, ITranscriptStore store,
        CancellationToken cancellationToken)
    {
        const string endpoint = "transcripts";
        if (!ApiKeys.IsValid(request.Headers["X-Api-Key"], options.Value.ApiKeys))
        {
            RejectedRequests.WithLabels(endpoint, "401").Inc();
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Missing or invalid X-Api-Key",
                detail: "Send one of the keys configured in Ingest:ApiKeys in the X-Api-Key header.");
        }

        using var body = await reader.ReadAsync(request, cancellationToken);
        if (body.Refusal is not null)
        {
            RejectedRequests.WithLabels(endpoint, body.RefusalStatus.ToString(System.Globalization.CultureInfo.InvariantCulture)).Inc();
            return body.Refusal;
        }

        var parsed = TranscriptBodyParser.Parse(body.Bytes.Span, policy);
        if (parsed.Errors.Count > 0)
        {
            RejectedRequests.WithLabels(endpoint, "400").Inc();
            return Results.ValidationProblem(parsed.Errors, title: "Invalid transcript",
                detail: $"{parsed.Errors.Count} problem(s); nothing was stored. First: {parsed.Errors.First().Key}: {parsed.Errors.First().Value[0]}");
        }

        var result = await StoreCall.RunAsync(ct => store.UpsertAsync(parsed.Chats, ct), options.Value.StoreTimeout, cancellationToken);
        IngestedChats.WithLabels(endpoint).Inc(parsed.Chats.Count);
        return Results.Ok(new
        {
            chats_created = result.ChatsCreated,
            chats_updated = result.ChatsUpdated,
            chats_unchanged = result.ChatsUnchanged,
            messages = result.MessagesWritten,
        });
    }
}
