using QaBot.Core.Transcripts;

namespace QaBot.Core.Generation;

/// <summary>
/// Customers whose chats started in the last 7 days, so a new chat can be a repeat contact. Old entries drop out as the
/// clock moves on, so memory stays at about a week of chats however many days are generated.
/// </summary>
internal sealed class RecentCustomers
{
    /// <summary>DESIGN §3 FCR window: <c>Kpi:FcrWindowDays</c>, default 7.</summary>
    private static readonly TimeSpan Window = TimeSpan.FromDays(7);

    private const int Attempts = 4;

    private readonly List<Contact> _contacts = [];
    private int _head;

    public void Add(Party customer, string language, DateTimeOffset start, DateTimeOffset end) =>
        _contacts.Add(new Contact(customer, language, start, end));

    /// <summary>A customer whose chat ended before <paramref name="start"/> and within the window, if one turns up in a few draws.</summary>
    public (Party Customer, string Language)? Pick(DateTimeOffset start, Random random)
    {
        Prune(start);
        for (var attempt = 0; attempt < Attempts && _contacts.Count > _head; attempt++)
        {
            var contact = _contacts[random.Next(_head, _contacts.Count)];
            if (contact.End < start && start - contact.End < Window)
            {
                return (contact.Customer, contact.Language);
            }
        }

        return null;
    }

    private void Prune(DateTimeOffset now)
    {
        while (_head < _contacts.Count && now - _contacts[_head].Start >= Window)
        {
            _head++;
        }

        // Compact once the dropped prefix dominates, keeping removal amortised O(1).
        if (_head > 1024 && _head * 2 > _contacts.Count)
        {
            _contacts.RemoveRange(0, _head);
            _head = 0;
        }
    }

    private readonly record struct Contact(Party Customer, string Language, DateTimeOffset Start, DateTimeOffset End);
}
