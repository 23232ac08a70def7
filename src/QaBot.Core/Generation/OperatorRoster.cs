using QaBot.Core.Transcripts;

namespace QaBot.Core.Generation;

/// <summary>
/// The synthetic team: 17 operators, each serving one language and group, a few with telling habits (one rarely greets,
/// one skips wait notices, one is slow, one is sometimes rude, one leans on canned replies). It turns the team-wide
/// rates into per-operator probabilities whose traffic-weighted mean is the configured rate.
/// </summary>
internal sealed class OperatorRoster
{
    private static readonly GeneratedOperator[] Team =
    [
        Op(1, "Ирина", "ru", ChatGroups.Sales),
        Op(2, "Марина", "ru", ChatGroups.Support, new() { MissingGreeting = 5 }),
        Op(3, "Павел", "ru", ChatGroups.Support),
        Op(4, "Олег", "ru", ChatGroups.Sales, new() { Rude = 12, MissingGreeting = 1.5 }),
        Op(5, "Emily", "en", ChatGroups.Support, new() { UnannouncedLongWait = 4, AnnouncedHold = 0.15 }),
        Op(6, "Светлана", "ru", ChatGroups.Support),
        Op(7, "Артём", "ru", ChatGroups.Billing, new() { SlowFirstResponse = 3.5, UnannouncedLongWait = 2, ReplyPace = 1.6 }),
        Op(8, "James", "en", ChatGroups.Sales),
        Op(9, "Sarah", "en", ChatGroups.Support, new() { CannedShare = 0.85 }),
        Op(10, "王芳", "zh", ChatGroups.Support),
        Op(11, "Никита", "ru", ChatGroups.Sales),
        Op(12, "Ксения", "ru", ChatGroups.Billing),
        Op(13, "Michael", "en", ChatGroups.Billing),
        Op(14, "李强", "zh", ChatGroups.Sales),
        Op(15, "Olivia", "en", ChatGroups.Sales),
        Op(16, "Юлия", "ru", ChatGroups.Support),
        Op(17, "陈静", "zh", ChatGroups.Billing),
    ];

    private readonly Dictionary<string, double[]> _lapseOdds = new(StringComparer.Ordinal);
    private readonly GeneratorRates _rates;

    public OperatorRoster(GeneratorRates rates)
    {
        _rates = rates;
        var traffic = Team.Select(TrafficShare).ToArray();
        var lapses = Enum.GetValues<Lapse>();
        var meanMultiplier = lapses.Select(l => Team.Select((op, i) => traffic[i] * Multiplier(op, l)).Sum()).ToArray();
        foreach (var op in Team)
        {
            _lapseOdds[op.Party.Id] = [.. lapses.Select(l =>
                meanMultiplier[(int)l] > 0 ? Math.Min(1, Rate(l) * Multiplier(op, l) / meanMultiplier[(int)l]) : 0)];
        }
    }

    /// <summary>An operator of the chat's language and group, uniformly.</summary>
    public static GeneratedOperator Pick(string language, string group, Random random) =>
        random.Pick(Queue(language, group));

    /// <summary>Another operator of the same language, preferably of another group (a transfer to the right team).</summary>
    public static GeneratedOperator PickTransferTarget(GeneratedOperator from, Random random)
    {
        var others = Team.Where(o => o.Language == from.Language && o.Group != from.Group).ToArray();
        if (others.Length == 0)
        {
            others = [.. Team.Where(o => o.Language == from.Language && o != from)];
        }

        return others.Length == 0 ? from : random.Pick(others);
    }

    /// <summary>Probability that this operator commits the lapse in a chat of the lapse's population.</summary>
    public double Odds(GeneratedOperator op, Lapse lapse) => _lapseOdds[op.Party.Id][(int)lapse];

    private static GeneratedOperator[] Queue(string language, string group)
    {
        var queue = Team.Where(o => o.Language == language && o.Group == group).ToArray();
        return queue.Length > 0 ? queue : [.. Team.Where(o => o.Language == language)];
    }

    private static GeneratedOperator Op(int n, string name, string language, string group, OperatorHabits? habits = null) =>
        new(new Party($"op-{n}", name), language, group, habits ?? OperatorHabits.Typical);

    private static double Multiplier(GeneratedOperator op, Lapse lapse) => lapse switch
    {
        Lapse.MissingGreeting => op.Habits.MissingGreeting,
        Lapse.SlowFirstResponse => op.Habits.SlowFirstResponse,
        Lapse.UnannouncedLongWait => op.Habits.UnannouncedLongWait,
        Lapse.AnnouncedHold => op.Habits.AnnouncedHold,
        Lapse.Rude => op.Habits.Rude,
        _ => throw new ArgumentOutOfRangeException(nameof(lapse), lapse, null),
    };

    private double Rate(Lapse lapse) => lapse switch
    {
        Lapse.MissingGreeting => _rates.MissingGreetingRate,
        Lapse.SlowFirstResponse => _rates.SlowFirstResponseRate,
        Lapse.UnannouncedLongWait => _rates.UnannouncedLongWaitRate,
        Lapse.AnnouncedHold => _rates.AnnouncedHoldRate,
        Lapse.Rude => _rates.RudeMessageRate,
        _ => throw new ArgumentOutOfRangeException(nameof(lapse), lapse, null),
    };

    /// <summary>The share of answered chats this operator takes: its language × its group, split among its queue.</summary>
    private double TrafficShare(GeneratedOperator op)
    {
        double[] languages = [_rates.RussianShare, _rates.EnglishShare, _rates.ChineseShare];
        double[] groups = [_rates.SalesShare, _rates.SupportShare, _rates.BillingShare];
        var language = languages[IndexOf(PhraseBooks.Languages, op.Language)] / languages.Sum();
        var group = groups[IndexOf(ChatGroups.All, op.Group)] / groups.Sum();
        return language * group / Queue(op.Language, op.Group).Length;
    }

    private static int IndexOf(IReadOnlyList<string> items, string item)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] == item)
            {
                return i;
            }
        }

        throw new ArgumentException($"Unknown value '{item}'.", nameof(item));
    }
}
