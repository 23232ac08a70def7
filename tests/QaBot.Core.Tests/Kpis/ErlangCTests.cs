using QaBot.Core.Kpis.Formulas;

namespace QaBot.Core.Tests.Kpis;

public sealed class ErlangCTests
{
    private static readonly TimeSpan Twenty = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan ThreeMinutes = TimeSpan.FromSeconds(180);

    [Fact]
    public void ProbabilityOfWaiting_MatchesTheTextbookValue_ForTenErlangsOnElevenAgents()
    {
        // The classic worked example (100 calls per 30 min, AHT 180 s → A = 10 Erlangs): C(11, 10) = 0.6821.
        Assert.Equal(0.6821, ErlangC.ProbabilityOfWaiting(11, 10), 4);
    }

    [Fact]
    public void AgentsNeeded_IsFourteen_ForEightyPercentInTwentySecondsAtTenErlangs()
    {
        // Same example: 13 agents answer 79.6 % within 20 s, 14 agents 88.8 %: 14 is the textbook answer.
        Assert.Equal(0.7956, ErlangC.ServiceLevel(13, 10, Twenty, ThreeMinutes), 4);
        Assert.Equal(0.8884, ErlangC.ServiceLevel(14, 10, Twenty, ThreeMinutes), 4);
        Assert.Equal(14, ErlangC.AgentsNeeded(10, 0.8, Twenty, ThreeMinutes));
    }

    [Fact]
    public void AgentsNeeded_StaysFiniteAndAboveTheTraffic_WhenTheLoadIsLarge()
    {
        // The textbook form would overflow here (1000^1000 / 1000!); the recursion does not.
        var agents = ErlangC.AgentsNeeded(1000, 0.8, Twenty, ThreeMinutes);

        Assert.InRange(agents, 1001, 1100);
        Assert.True(ErlangC.ServiceLevel(agents, 1000, Twenty, ThreeMinutes) >= 0.8);
        Assert.True(ErlangC.ServiceLevel(agents - 1, 1000, Twenty, ThreeMinutes) < 0.8);
    }

    [Fact]
    public void ProbabilityOfWaiting_IsCertain_WhenAgentsCannotCarryTheTraffic()
    {
        Assert.Equal(1.0, ErlangC.ProbabilityOfWaiting(10, 10));
        Assert.Equal(0.0, ErlangC.ServiceLevel(5, 10, Twenty, ThreeMinutes));
    }

    [Fact]
    public void AgentsNeeded_IsZero_WithoutTraffic()
    {
        Assert.Equal(0, ErlangC.AgentsNeeded(0, 0.8, Twenty, ThreeMinutes));
    }
}
