using System.Text.Json.Nodes;
using QaBot.TelegramEmulator.Protocol;
using QaBot.TelegramEmulator.Schema;

namespace QaBot.TelegramEmulator.Methods;

/// <summary>
/// The methods the emulator implements. Only names the schema knows can be added, so a typo here fails at start
/// instead of hiding a method.
/// </summary>
internal sealed class MethodTable(BotApiSchema schema)
{
    private readonly Dictionary<string, BotApiMethodHandler> _handlers = new(StringComparer.OrdinalIgnoreCase);

    public void Add(string method, BotApiMethodHandler handler)
    {
        if (!schema.TryGetMethod(method, out var known) || known.Name != method)
        {
            throw new InvalidOperationException($"{method} is not a method of {schema.Version}.");
        }

        _handlers.Add(method, handler);
    }

    public void Add(string method, Func<BotApiRequest, JsonNode?> handler) =>
        Add(method, (request, _) => Task.FromResult(handler(request)));

    public bool TryGet(string method, out BotApiMethodHandler handler) => _handlers.TryGetValue(method, out handler!);
}
