using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace QaBot.Infrastructure.Telegram.Options;

/// <summary>
/// The <c>Access</c> config section (DESIGN §6): who may ask the bot what. Telegram user ids; operators map a user id to
/// their operator id (<c>Access:Operators:123456789=op-3</c>), or link themselves with a one-time <c>/link</c> code.
/// </summary>
public sealed class AccessOptions : IValidatableObject
{
    public const string SectionName = "Access";

    private const string UserIdMessage = "must be a Telegram user id (a positive whole number)";

    public List<long> Admins { get; set; } = [];

    public List<long> Supervisors { get; set; } = [];

    /// <summary>Telegram user id → operator id.</summary>
    public Dictionary<string, string> Operators { get; set; } = new(StringComparer.Ordinal);

    /// <summary>How long a <c>/linkcode</c> code stays valid.</summary>
    [Range(1, 720)]
    public int LinkCodeHours { get; set; } = 72;

    public IReadOnlyDictionary<long, string> OperatorsByUserId() =>
        Operators
            .Where(p => long.TryParse(p.Key, NumberStyles.Integer, CultureInfo.InvariantCulture, out _) && !string.IsNullOrWhiteSpace(p.Value))
            .ToDictionary(p => long.Parse(p.Key, CultureInfo.InvariantCulture), p => p.Value.Trim());

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // Telegram user ids are positive; a negative id is a group or channel, which cannot be a person's role.
        foreach (var (list, name) in new[] { (Admins, nameof(Admins)), (Supervisors, nameof(Supervisors)) })
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (list[i] <= 0)
                {
                    yield return new ValidationResult(UserIdMessage, [$"{name}:{i}"]);
                }
            }
        }

        foreach (var (key, value) in Operators)
        {
            if (!long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var userId) || userId <= 0)
            {
                yield return new ValidationResult("the key " + UserIdMessage, [$"{nameof(Operators)}:{key}"]);
            }
            else if (string.IsNullOrWhiteSpace(value))
            {
                yield return new ValidationResult("needs an operator id", [$"{nameof(Operators)}:{key}"]);
            }
        }
    }
}
