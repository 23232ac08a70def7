using System.Text.Json.Nodes;
using QaBot.TelegramEmulator.Protocol;

namespace QaBot.TelegramEmulator.Methods;

/// <summary>Implements one Bot API method: returns the "result" or throws <see cref="BotApiException"/>.</summary>
internal delegate Task<JsonNode?> BotApiMethodHandler(BotApiRequest request, CancellationToken cancellationToken);
