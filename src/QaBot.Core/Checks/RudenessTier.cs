namespace QaBot.Core.Checks;

/// <summary>How sure the politeness check is that an operator message is rude (DESIGN §4).</summary>
public enum RudenessTier
{
    /// <summary>A lexicon hit or P(rude) ≥ <c>Rules:RudeThreshold</c>: the check fails and the QA score becomes 0.</summary>
    Rude,

    /// <summary><c>Rules:ReviewThreshold</c> ≤ P(rude) &lt; <c>Rules:RudeThreshold</c>: the check passes; a supervisor labels it.</summary>
    Review,
}
