using System.Globalization;
using QaBot.Core.Transcripts;

namespace QaBot.Infrastructure.Ingest;

/// <summary>
/// What every door accepts (DESIGN §2, "bad input never loses good input"): instants inside
/// [<c>Ingest:NotBefore</c>, now + <c>Ingest:MaxFutureHours</c>] and text under <see cref="IngestText"/>'s policy.
/// A value outside would be stored and then break every KPI period and job that touches it, so it rejects its record.
/// </summary>
public sealed class IngestPolicy
{
    private readonly DateTimeOffset _notBefore;
    private readonly TimeSpan _maxAhead;
    private readonly TimeProvider _time;

    public IngestPolicy(DateTimeOffset notBefore, TimeSpan maxAhead, TimeProvider time)
    {
        _notBefore = notBefore;
        _maxAhead = maxAhead;
        _time = time;
    }

    public IngestPolicy(IngestOptions options, TimeProvider time)
        : this(options?.NotBefore ?? throw new ArgumentNullException(nameof(options)), TimeSpan.FromHours(options.MaxFutureHours), time)
    {
    }

    /// <summary>The defaults of <see cref="IngestOptions"/>, for tools and tests that have no configuration.</summary>
    public static IngestPolicy Default { get; } = new(new IngestOptions(), TimeProvider.System);

    /// <summary>Returns <paramref name="at"/> when it lies in the accepted window; otherwise throws naming <paramref name="field"/>.</summary>
    public DateTimeOffset Instant(DateTimeOffset at, string field)
    {
        if (at < _notBefore)
        {
            throw new IngestException(field, $"{Show(at)} is before {Show(_notBefore)} (Ingest:NotBefore)");
        }

        var latest = _time.GetUtcNow() + _maxAhead;
        return at > latest
            ? throw new IngestException(field, $"{Show(at)} is more than {_maxAhead.TotalHours:0.##} h in the future (Ingest:MaxFutureHours)")
            : at;
    }

    /// <summary>
    /// Checks a chat built by a mapper that reads its own format (Chatwoot, Telegram) against the whole policy; fields are
    /// named in QaBot's model (<c>messages[id=m7].at</c>). QaBot's own JSON is checked field by field while it is parsed.
    /// </summary>
    public Chat Validate(Chat chat)
    {
        ArgumentNullException.ThrowIfNull(chat);
        IngestText.CheckKey(chat.Id, "id");
        IngestText.CheckKey(chat.Source, "source");
        IngestText.CheckKey(chat.Channel, "channel");
        CheckKey(chat.Group, "group");
        CheckKey(chat.Language, "language");
        CheckParty(chat.Customer, "customer");
        CheckInstant(chat.EndedAt, "ended_at");
        CheckInstant(chat.ClosedAt, "closed_at");
        if (chat.Tags is { } tags)
        {
            for (var i = 0; i < tags.Count; i++)
            {
                IngestText.CheckKey(tags[i], $"tags[{i}]");
            }
        }

        foreach (var message in chat.Messages)
        {
            var path = $"messages[id={Shorten(message.Id)}]";
            IngestText.CheckKey(message.Id, $"{path}.id");
            Instant(message.At, $"{path}.at");
            if (message.Text is { } text)
            {
                IngestText.Check(text, $"{path}.text");
            }

            CheckKey(message.Event, $"{path}.event");
            CheckParty(message.Operator, $"{path}.operator");
        }

        return chat;
    }

    private void CheckInstant(DateTimeOffset? at, string field)
    {
        if (at is { } value)
        {
            Instant(value, field);
        }
    }

    private static void CheckKey(string? value, string field)
    {
        if (value is not null)
        {
            IngestText.CheckKey(value, field);
        }
    }

    private static void CheckParty(Party? party, string field)
    {
        if (party is not null)
        {
            IngestText.CheckKey(party.Id, $"{field}.id");
            if (party.Name is { } name)
            {
                IngestText.CheckKey(name, $"{field}.name");
            }
        }
    }

    private static string Show(DateTimeOffset at) => at.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);

    private static string Shorten(string id) => IngestText.Problem(id) is null && id.Length <= 40 ? id : "…";
}
