using Microsoft.AspNetCore.Http;
using QaBot.TelegramEmulator.Faults;
using QaBot.TelegramEmulator.Methods;
using QaBot.TelegramEmulator.Protocol;
using QaBot.TelegramEmulator.Recording;
using QaBot.TelegramEmulator.Schema;
using QaBot.TelegramEmulator.State;

namespace QaBot.TelegramEmulator.Hosting;

/// <summary>
/// Serves /bot{token}/{method} with Telegram's order of refusals: path, token (401), method (404), faults the test
/// queued, flood control (429), required fields (400), then the method itself.
/// </summary>
internal sealed class BotApiDispatcher
{
    private const string PathPrefix = "/bot";

    private readonly EmulatorState _state;
    private readonly MethodTable _methods;

    public BotApiDispatcher(EmulatorState state)
    {
        _state = state;
        _methods = new MethodTable(state.Schema);
        var messages = new MessageMethods(state);
        messages.Register(_methods);
        new MediaMethods(state, messages).Register(_methods);
        new UpdateMethods(state).Register(_methods);
        new BotMethods(state).Register(_methods);
    }

    public async Task HandleAsync(HttpContext context, CancellationToken stopping)
    {
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        var cancellationToken = cancellation.Token;
        if (!TryParsePath(context.Request.Path.Value, out var token, out var requestedMethod))
        {
            await BotApiResponseWriter.WriteErrorAsync(context.Response, new BotApiException(404, "Not Found"), cancellationToken);
            return;
        }

        if (token != _state.Options.Token)
        {
            await BotApiResponseWriter.WriteErrorAsync(context.Response, new BotApiException(401, "Unauthorized"), cancellationToken);
            return;
        }

        var methodName = requestedMethod;
        var parametersJson = "{}";
        try
        {
            if (!_state.Schema.TryGetMethod(requestedMethod, out var method))
            {
                throw new BotApiException(404, "Not Found");
            }

            methodName = method.Name;
            if (!_methods.TryGet(method.Name, out var handler))
            {
                throw BotApiException.BadRequest("method not supported by emulator");
            }

            var request = await BotApiRequestReader.ReadAsync(context.Request, method.Name, cancellationToken);
            parametersJson = request.ParametersJson;
            if (_state.Faults.TakeNext(method.Name) is { } fault)
            {
                if (fault.AbortConnection)
                {
                    Record(methodName, parametersJson, 0, fault.Description);
                    context.Abort();
                    return;
                }

                throw new BotApiException(fault.StatusCode, fault.Description, fault.RetryAfter);
            }

            if (MessageRateLimiter.IsLimited(method.Name) && _state.RateLimiter.TryAcquire() is { } retryAfter)
            {
                throw new BotApiException(429, $"Too Many Requests: retry after {retryAfter}", retryAfter);
            }

            EnsureRequiredFields(method, request);
            var result = await handler(request, cancellationToken);
            Record(methodName, parametersJson, 200, null);
            await BotApiResponseWriter.WriteResultAsync(context.Response, result, cancellationToken);
        }
        catch (BotApiException e)
        {
            Record(methodName, parametersJson, e.ErrorCode, e.Message);
            await BotApiResponseWriter.WriteErrorAsync(context.Response, e, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client hung up (e.g. a cancelled long poll) or the emulator is stopping: drop the connection, as a
            // server going away would, rather than answer with an empty body.
            context.Abort();
        }
        catch (Exception e) when (!context.Response.HasStarted)
        {
            // A defect of the emulator itself: answer loudly rather than as a Telegram refusal a bot might handle.
            var failure = new BotApiException(500, $"Internal Server Error: emulator failed in {methodName}: {e.GetType().Name}: {e.Message}");
            Record(methodName, parametersJson, 500, failure.Message);
            await BotApiResponseWriter.WriteErrorAsync(context.Response, failure, cancellationToken);
        }
    }

    private static bool TryParsePath(string? path, out string token, out string method)
    {
        token = method = string.Empty;
        if (path is null || !path.StartsWith(PathPrefix, StringComparison.Ordinal))
        {
            return false;
        }

        var slash = path.IndexOf('/', PathPrefix.Length);
        if (slash < 0 || slash == path.Length - 1 || path.IndexOf('/', slash + 1) >= 0)
        {
            return false;
        }

        token = path[PathPrefix.Length..slash];
        method = path[(slash + 1)..];
        return true;
    }

    private static void EnsureRequiredFields(BotApiMethod method, BotApiRequest request)
    {
        foreach (var field in method.RequiredFields.Where(f => !request.Has(f)))
        {
            throw BotApiException.BadRequest(field switch
            {
                "text" => "message text is empty",
                "photo" or "document" => $"there is no {field} in the request",
                _ => $"{field} is empty",
            });
        }
    }

    private void Record(string method, string parametersJson, int statusCode, string? error) =>
        _state.Recorder.Add(new RecordedCall(method, parametersJson, statusCode, error, _state.Time.GetUtcNow()));
}
