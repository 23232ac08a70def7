namespace QaBot.Infrastructure.Scoring.Features;

/// <summary>
/// The politeness strategies of Danescu-Niculescu-Mizil et al. (2013), adapted to support chats: each is one feature
/// of the politeness model, found by the per-language phrase lists of <see cref="PolitenessLexicon"/>.
/// Cues named *Start count only at the first word(s) of the message, where the paper found they matter.
/// </summary>
internal enum PolitenessCue
{
    Gratitude,
    Apology,
    Please,
    Greeting,
    Farewell,
    Hedge,
    Deference,
    CounterfactualModal,
    IndicativeModal,
    ByTheWay,
    Factuality,
    PositiveSentiment,
    NegativeSentiment,
    Insult,
    Dismissal,
    SecondPerson,
    InformalYou,
    FirstPersonSingular,
    FirstPersonPlural,
    PleaseStart,
    DirectImperativeStart,
    SecondPersonStart,
    FirstPersonStart,
    DirectStart,
    DirectQuestionStart,
}
