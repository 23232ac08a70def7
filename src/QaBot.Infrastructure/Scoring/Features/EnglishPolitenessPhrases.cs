namespace QaBot.Infrastructure.Scoring.Features;

/// <summary>English politeness cues, written for support chats and editor-to-editor requests. <c>word*</c> is a prefix.</summary>
internal static class EnglishPolitenessPhrases
{
    public static IReadOnlyDictionary<PolitenessCue, string[]> Phrases { get; } = new Dictionary<PolitenessCue, string[]>
    {
        [PolitenessCue.Gratitude] = ["thank*", "thx", "ty", "appreciate*", "grateful", "much obliged", "cheers", "kudos"],
        [PolitenessCue.Apology] =
        [
            "sorry", "apolog*", "my apologies", "excuse me", "pardon", "forgive me", "my bad", "my mistake", "i regret",
            "unfortunately", "regret the inconvenience", "sorry for the inconvenience",
        ],
        [PolitenessCue.Please] = ["please", "pls", "plz", "kindly"],
        [PolitenessCue.Greeting] =
        [
            "hi", "hello", "hey", "hiya", "greetings", "good morning", "good afternoon", "good evening", "welcome",
            "dear", "howdy",
        ],
        [PolitenessCue.Farewell] =
        [
            "have a nice day", "have a great day", "have a good day", "take care", "best regards", "kind regards",
            "anything else", "happy to help", "glad to help", "here to help", "let me know", "feel free",
        ],
        [PolitenessCue.Hedge] =
        [
            "perhaps", "maybe", "might", "possibly", "probably", "i think", "i believe", "i suppose", "i guess",
            "i wonder", "wondering", "seems", "it seems", "apparently", "somewhat", "a bit", "a little", "suggest*",
            "if possible", "if you can", "if you could", "if you don t mind", "not sure", "i feel", "hopefully",
            "likely", "unlikely", "presumably", "supposedly", "roughly", "about", "around", "generally", "usually",
            "typically", "mostly", "largely", "fairly", "rather", "quite", "sort of", "kind of", "tend to",
            "appear*", "assum*", "estimate", "indicate*", "in my opinion", "in my view", "as far as i know",
            "to my knowledge", "i m not sure", "could be", "may be", "may", "would seem", "just curious",
            "out of curiosity", "just wondering", "i was wondering", "any chance", "by any chance",
        ],
        [PolitenessCue.Deference] =
        [
            "with all due respect", "great question", "good question", "good point", "great point", "you re right",
            "you are right", "fair point", "nice work", "great work", "good work", "well done", "i understand",
            "totally understand", "completely understand", "i see your point", "valid point",
        ],
        [PolitenessCue.CounterfactualModal] =
        [
            "could you", "would you", "would it be", "could it be", "would you mind", "would you be", "could we",
            "would we", "i would", "i d like", "i would like", "would be great", "would appreciate",
        ],
        [PolitenessCue.IndicativeModal] = ["can you", "will you", "can we", "will we", "you can", "you will", "you should", "you need to", "you have to", "you must"],
        [PolitenessCue.ByTheWay] = ["by the way", "btw", "incidentally", "on a side note"],
        [PolitenessCue.Factuality] =
        [
            "in fact", "actually", "the fact", "the point is", "the reality", "really", "obviously", "clearly",
            "of course", "literally", "honestly", "seriously", "simply", "just",
        ],
        [PolitenessCue.PositiveSentiment] =
        [
            "great", "good", "nice", "excellent", "wonderful", "happy", "glad", "pleased", "awesome", "perfect",
            "helpful", "welcome", "fantastic", "lovely", "amazing", "enjoy*", "best", "brilliant", "cool", "fine",
            "correct", "resolved", "fixed", "interesting", "useful", "kind", "friendly", "support*", "hope*",
            "love*", "beautiful", "patience", "understanding", "delighted", "like", "liked", "better", "improve*",
            "fair", "agree*", "reasonable", "clear", "clean", "valuable", "impressive", "impressed", "appreciat*",
            "neat", "super", "terrific", "superb", "outstanding", "thorough", "careful", "accurate", "reliable",
            "solid", "smart", "clever", "wise", "generous", "warm", "pleasure", "favour*", "favor*", "benefit*",
            "success*", "win", "wins", "gain", "easy", "easier", "simple", "works", "worked", "right", "safe",
            "fun", "funny", "cheer*", "congrat*", "bravo", "welcomed", "encourag*", "constructive", "collaborat*",
            "honest", "honour*", "honor*", "respect*", "trust*", "calm", "polite", "courteous", "gracious",
        ],
        [PolitenessCue.NegativeSentiment] =
        [
            "bad", "wrong", "terrible", "awful", "horrible", "worst", "fault", "problem*", "mess", "disaster", "broken",
            "fail*", "annoy*", "ridiculous", "pathetic", "nonsense", "garbage", "rubbish", "crap", "hate*", "sick of",
            "tired of", "waste*", "useless", "pointless", "complain*", "whin*", "blame*", "unacceptable", "unbelievable",
            "shocking", "incompetent", "lazy", "slow", "sigh", "ugh", "jeez", "vandal*", "destroy*", "damag*", "ruin*",
            "had enough", "silly", "absurd", "stupid", "poor*", "worse", "error*", "mistake*", "bias*", "biased",
            "misleading", "mislead*", "false", "lie", "lies", "lying", "liar", "attack*", "accus*", "abus*", "harass*",
            "insult*", "offens*", "rude", "hostile", "aggressive", "threat*", "disrupt*", "violat*", "ban", "banned",
            "block", "blocked", "spam*", "troll*", "sock*", "propaganda", "censor*", "unfair", "disagree*", "dispute*",
            "edit war*", "deleted", "delete", "removed", "remove", "undid", "undo*", "reverting", "reverted", "revert",
            "confus*", "unclear", "irrelevant", "inappropriate", "ignor*", "refus*", "object*", "oppos*", "conflict*",
            "angry", "upset", "frustrat*", "disappoint*", "worried", "concern*", "doubt*", "suspicious", "weird",
            "odd", "strange", "nothing", "never", "nobody", "hardly", "unfortunately", "apparently not", "bother*",
        ],
        [PolitenessCue.Insult] =
        [
            "idiot*", "stupid", "dumb", "moron*", "fool", "clown", "genius", "blind", "illiterate", "incompetent",
            "are you blind", "are you deaf", "can t you read", "can you not read", "learn to read", "do you even read",
            "are you even listening", "are you serious", "what s wrong with you", "bless your heart", "brain",
            "a child could", "even a child", "any normal person", "normal people", "people like you", "customers like you",
            "customers these days", "shut up", "screw you", "get lost", "drop dead", "loser", "troll",
        ],
        [PolitenessCue.Dismissal] =
        [
            "not my problem", "not our problem", "your problem", "not my fault", "not our fault", "whatever",
            "deal with it", "figure it out", "fix it yourself", "do it yourself", "do it now", "i already said",
            "i already told you", "as i already said", "how many times", "i ve said it", "for the last time",
            "end of discussion", "stop asking", "stop writing", "stop bugging", "don t message", "don t ask",
            "don t complain", "stop whining", "stop", "that s enough", "enough is enough", "enough of", "calm down", "get over it", "read the", "i m waiting",
            "i don t care", "who cares", "no idea", "not my job", "next", "clear", "got it", "leave it", "leave",
            "don t touch", "last time i ask", "wasting my time", "waste my time", "take all day", "answer me",
            "answer the question", "explain yourself", "explain why", "what do you want", "that s how it is",
        ],
        [PolitenessCue.FirstPersonPlural] = ["we", "we re", "we ve", "we ll", "we d", "our", "ours", "us", "let s"],
        [PolitenessCue.PleaseStart] = ["please", "pls", "plz", "kindly"],
        [PolitenessCue.DirectImperativeStart] =
        [
            "stop", "read", "look", "check", "go", "do", "don t", "give", "send", "tell", "answer", "explain", "listen",
            "wait", "fix", "write", "leave", "get", "try", "use", "put", "take", "make", "call", "move", "remove",
            "delete", "undo", "revert", "quit", "keep", "learn", "calm", "see", "find", "show", "just",
        ],
        [PolitenessCue.SecondPersonStart] = ["you", "your", "you re", "you ve", "you ll", "u", "ur"],
        [PolitenessCue.FirstPersonStart] = ["i", "my", "i m", "i ve", "i ll", "i d", "me"],
        [PolitenessCue.DirectStart] = ["so", "then", "and", "but", "well", "now", "ok", "okay", "look", "listen", "again", "oh", "wow", "come on"],
        [PolitenessCue.DirectQuestionStart] =
        [
            "why", "what", "who", "how come", "where", "when", "which", "how", "are you", "did you", "do you",
            "have you", "is this", "what makes you",
        ],
        [PolitenessCue.DeferenceStart] =
        [
            "great", "good", "nice", "excellent", "awesome", "cool", "interesting", "wonderful", "impressive",
            "thanks for", "thank you for", "well done", "fair enough", "good catch", "nice catch",
        ],
    };
}
