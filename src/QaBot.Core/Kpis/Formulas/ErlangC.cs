namespace QaBot.Core.Kpis.Formulas;

/// <summary>
/// Erlang C queueing model (M/M/N) for the staffing estimate of DESIGN §5.
/// <para>
/// Traffic A = λ · h Erlangs (arrivals per second × average handle time in seconds). With N agents (N &gt; A):
/// <list type="bullet">
/// <item>Erlang B by the recursion B(0) = 1, B(k) = A·B(k−1) / (k + A·B(k−1)). Every term stays in [0, 1], so unlike
/// the textbook form (Aᴺ/N! over a sum of Aᵏ/k!) it neither overflows nor loses precision for large N or A.</item>
/// <item>P(wait) = C(N, A) = N·B(N) / (N − A·(1 − B(N))).</item>
/// <item>Service level, the share answered within T: SL = 1 − C(N, A) · e^(−(N − A)·T / h).</item>
/// </list>
/// Agents needed: the smallest N &gt; A whose service level reaches the target.
/// </para>
/// </summary>
public static class ErlangC
{
    /// <summary>C(N, A): the probability that an arrival has to wait; 1 when the agents cannot carry the traffic.</summary>
    public static double ProbabilityOfWaiting(int agents, double trafficErlangs)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(agents);
        ArgumentOutOfRangeException.ThrowIfNegative(trafficErlangs);
        if (trafficErlangs == 0)
        {
            return 0;
        }

        if (agents <= trafficErlangs)
        {
            return 1;
        }

        var erlangB = 1.0;
        for (var k = 1; k <= agents; k++)
        {
            erlangB = NextErlangB(erlangB, k, trafficErlangs);
        }

        return ErlangCFromB(erlangB, agents, trafficErlangs);
    }

    /// <summary>The share of arrivals answered within <paramref name="answerWithin"/> with <paramref name="agents"/> agents.</summary>
    public static double ServiceLevel(int agents, double trafficErlangs, TimeSpan answerWithin, TimeSpan averageHandleTime)
    {
        var waits = ProbabilityOfWaiting(agents, trafficErlangs);
        return waits switch
        {
            0 => 1,
            >= 1 => 0,
            _ => ServiceLevelFrom(waits, agents, trafficErlangs, answerWithin, averageHandleTime),
        };
    }

    /// <summary>The smallest number of agents whose service level reaches <paramref name="serviceLevelTarget"/> (0 without traffic).</summary>
    public static int AgentsNeeded(double trafficErlangs, double serviceLevelTarget, TimeSpan answerWithin, TimeSpan averageHandleTime)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(trafficErlangs);
        if (serviceLevelTarget is not (> 0 and < 1))
        {
            // A target of 1 is never reached: e^(−x) > 0 leaves some arrivals waiting longer than T.
            throw new ArgumentOutOfRangeException(nameof(serviceLevelTarget), serviceLevelTarget, "The target must be between 0 and 1, exclusive.");
        }

        if (trafficErlangs == 0)
        {
            return 0;
        }

        if (averageHandleTime <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(averageHandleTime), averageHandleTime, "Traffic needs a positive handle time.");
        }

        // One pass of the Erlang B recursion: each step reuses the previous B instead of starting over.
        var erlangB = 1.0;
        for (var agents = 1; ; agents++)
        {
            erlangB = NextErlangB(erlangB, agents, trafficErlangs);
            if (agents <= trafficErlangs)
            {
                continue;
            }

            var waits = ErlangCFromB(erlangB, agents, trafficErlangs);
            if (ServiceLevelFrom(waits, agents, trafficErlangs, answerWithin, averageHandleTime) >= serviceLevelTarget)
            {
                return agents;
            }
        }
    }

    private static double NextErlangB(double previous, int agents, double traffic) =>
        traffic * previous / (agents + (traffic * previous));

    private static double ErlangCFromB(double erlangB, int agents, double traffic) =>
        agents * erlangB / (agents - (traffic * (1 - erlangB)));

    private static double ServiceLevelFrom(double waits, int agents, double traffic, TimeSpan answerWithin, TimeSpan handle) =>
        1 - (waits * Math.Exp(-(agents - traffic) * answerWithin.TotalSeconds / handle.TotalSeconds));
}
