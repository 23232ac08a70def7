namespace QaBot.Infrastructure.Scoring;

/// <summary>The two ML.NET models of DESIGN §4: politeness of operator messages, purchase intent of customer messages.</summary>
public enum MessageScoringTask
{
    /// <summary>Label 1 = polite or neutral, 0 = impolite/rude (DESIGN §7).</summary>
    Politeness,

    /// <summary>Label 1 = the customer shows purchase intent (DESIGN §7).</summary>
    SalesIntent,
}
