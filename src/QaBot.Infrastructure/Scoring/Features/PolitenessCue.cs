namespace QaBot.Infrastructure.Scoring.Features;

/// <summary>
/// The politeness strategies of Danescu-Niculescu-Mizil et al. (2013), adapted to support chats: each is one feature
/// of the politeness model, found by the per-language phrase lists (<see cref="EnglishPolitenessPhrases"/> and its ru, zh siblings).
/// Cues named *Start count only at the first word(s) of the message, where the paper found they matter.
/// The paper's singular pronoun counts (first and second person anywhere) are left out: on the Stanford requests they made the
/// model worse, because in our chat data they track the message templates rather than the tone; the word n-grams
/// still see every pronoun.
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

    /// <summary>"we", "our", "let's": the speaker shares the task with the reader (the paper's first person plural).</summary>
    FirstPersonPlural,
    PleaseStart,
    DirectImperativeStart,
    SecondPersonStart,
    FirstPersonStart,
    DirectStart,
    DirectQuestionStart,

    /// <summary>Praise that opens the message ("great work …", "nice catch …"): the paper's deference strategy.</summary>
    DeferenceStart,
}
