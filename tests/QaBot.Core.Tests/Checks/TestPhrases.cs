using QaBot.Core.Text;

namespace QaBot.Core.Tests.Checks;

/// <summary>A tiny phrase book in the format of config/rules, so the tests do not depend on the real lists.</summary>
internal static class TestPhrases
{
    public static PhraseBook Book { get; } = new(new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>
    {
        ["en"] = new Dictionary<string, IReadOnlyList<string>>
        {
            [PhraseKeys.Greeting] = ["hello", "hi there", "good morning"],
            [PhraseKeys.WaitNotice] = ["one moment", "please wait", "let me check"],
            [PhraseKeys.ThanksForWaiting] = ["thank* for waiting", "thanks for your patience"],
            [PhraseKeys.Closing] = ["anything else", "have a nice day"],
            [PhraseKeys.Thanks] = ["thank you", "thanks"],
            [PhraseKeys.Offer] = ["add to cart", "we also have"],
            [PhraseKeys.PurchaseIntent] = ["want to buy", "how much"],
            [PhraseKeys.Question] = ["where", "can you"],
            [PhraseKeys.Rude] = ["idiot", "shut up"],
        },
        ["ru"] = new Dictionary<string, IReadOnlyList<string>>
        {
            [PhraseKeys.Greeting] = ["здравствуйте", "добрый день"],
            [PhraseKeys.WaitNotice] = ["минуту", "подожд*"],
            [PhraseKeys.ThanksForWaiting] = ["спасибо за ожидание"],
            [PhraseKeys.Closing] = ["хорошего дня", "чем ещё могу помочь"],
            [PhraseKeys.Thanks] = ["спасибо"],
            [PhraseKeys.Offer] = ["оформить заказ"],
            [PhraseKeys.PurchaseIntent] = ["хочу купить", "сколько стоит"],
            [PhraseKeys.Question] = ["где"],
            [PhraseKeys.Rude] = ["дурак*"],
        },
        ["zh"] = new Dictionary<string, IReadOnlyList<string>>
        {
            [PhraseKeys.Greeting] = ["您好"],
            [PhraseKeys.WaitNotice] = ["请稍等"],
            [PhraseKeys.ThanksForWaiting] = ["感谢您的耐心"],
            [PhraseKeys.Closing] = ["祝您愉快"],
            [PhraseKeys.Offer] = ["下单"],
            [PhraseKeys.PurchaseIntent] = ["多少钱"],
            [PhraseKeys.Question] = ["哪里"],
            [PhraseKeys.Rude] = ["笨蛋"],
        },
    });
}
