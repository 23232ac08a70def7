using QaBot.Core.Abstractions;
using QaBot.Core.Checks;
using QaBot.Core.Transcripts;

namespace QaBot.Infrastructure.Telegram.Rendering;

/// <summary>
/// One /worst line: the result, who handled the chat, and the message behind its heaviest failure (rudeness first,
/// then the checks in DESIGN order), with its speaker.
/// </summary>
public sealed record WorstChat(ChatResult Result, string? Operators, ChatMessage? Quote)
{
    public static WorstChat From(ChatResult result, Chat? chat)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (chat is null)
        {
            return new WorstChat(result, null, null);
        }

        var operators = chat.Messages.Where(m => m.From == Sender.Operator && m.Operator is not null)
            .Select(m => m.Operator!.Name ?? m.Operator.Id).Distinct(StringComparer.Ordinal).ToList();
        var quote = CheckNames.All
            .OrderBy(name => name == CheckNames.Politeness ? 0 : 1)
            .Where(name => result.Checks.TryGetValue(name, out var verdict) && verdict == "fail")
            .SelectMany(name => result.Evidence.TryGetValue(name, out var ids) ? ids : [])
            .Select(id => chat.Messages.FirstOrDefault(m => m.Id == id && !string.IsNullOrWhiteSpace(m.Text)))
            .FirstOrDefault(m => m is not null);
        return new WorstChat(result, operators.Count == 0 ? null : string.Join(", ", operators), quote);
    }
}
