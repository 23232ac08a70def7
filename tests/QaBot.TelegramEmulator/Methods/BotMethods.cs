using System.Text.Json.Nodes;
using QaBot.TelegramEmulator.Protocol;
using QaBot.TelegramEmulator.Recording;
using QaBot.TelegramEmulator.State;

namespace QaBot.TelegramEmulator.Methods;

/// <summary>getMe, the command list methods, answerCallbackQuery and the settings calls accepted without effect.</summary>
internal sealed class BotMethods(EmulatorState state)
{
    private const int MaxCallbackAnswerLength = 200;

    // Profile settings a bot may make at start; they change nothing a test can observe, so they simply succeed.
    private static readonly string[] AcceptedWithoutEffect =
    [
        "setMyDescription", "setMyShortDescription", "setMyName", "setChatMenuButton", "setMyDefaultAdministratorRights",
    ];

    public void Register(MethodTable table)
    {
        table.Add("getMe", _ => state.BotUser.DeepClone());
        table.Add("setMyCommands", SetMyCommands);
        table.Add("getMyCommands", GetMyCommands);
        table.Add("deleteMyCommands", DeleteMyCommands);
        table.Add("answerCallbackQuery", AnswerCallbackQuery);
        foreach (var method in AcceptedWithoutEffect)
        {
            table.Add(method, _ => true);
        }
    }

    private JsonNode? SetMyCommands(BotApiRequest request)
    {
        state.Commands.Set(CommandStore.ScopeKey(request), request.GetJson("commands"));
        return true;
    }

    private JsonNode? GetMyCommands(BotApiRequest request) =>
        new JsonArray([.. state.Commands.Get(CommandStore.ScopeKey(request))
            .Select(c => new JsonObject { ["command"] = c.Command, ["description"] = c.Description })]);

    private JsonNode? DeleteMyCommands(BotApiRequest request)
    {
        state.Commands.Delete(CommandStore.ScopeKey(request));
        return true;
    }

    private JsonNode? AnswerCallbackQuery(BotApiRequest request)
    {
        var id = request.RequireString("callback_query_id");
        var text = request.GetString("text");
        if (text?.Length > MaxCallbackAnswerLength)
        {
            throw BotApiException.BadRequest("MESSAGE_TOO_LONG");
        }

        if (!state.CloseCallbackQuery(id))
        {
            throw BotApiException.BadRequest("query is too old and response timeout expired or query ID is invalid");
        }

        state.Recorder.Add(new CallbackAnswer(
            id, text, request.GetBoolean("show_alert"), request.GetString("url"), state.Time.GetUtcNow()));
        return true;
    }
}
