using QaBot.Core.Text;
using QaBot.Core.Transcripts;

namespace QaBot.Core.Checks;

/// <summary>
/// DESIGN §4 <c>missed_sale</c>: a customer shows purchase intent (model P ≥ SalesIntentThreshold, or the
/// purchase_intent phrases; never in a message about a refund, a return or a complaint, the after_sale phrases) and no operator message makes an offer (a link, a price, or an offer phrase in a sentence without a refusal or a deferral, the no_offer phrases). An offer
/// counts from the first buying signal on: a follow-up question ("can I pay on delivery?") after the operator already
/// gave a price and a link is the same sale, not a new missed one. Evidence: the customer's buying messages.
/// </summary>
internal static class MissedSaleCheck
{
    public static (CheckVerdict Verdict, bool SalesIntent) Evaluate(ChatCheckContext context)
    {
        var intents = new List<string>();
        var firstIntent = -1;
        for (var i = 0; i < context.Messages.Count; i++)
        {
            if (context.IsFrom(i, Sender.Customer) && ShowsIntent(context, i))
            {
                intents.Add(context.Messages[i].Id);
                firstIntent = firstIntent < 0 ? i : firstIntent;
            }
        }

        if (firstIntent < 0)
        {
            return (CheckVerdict.NotApplicable, false);
        }

        var verdict = LastOffer(context) > firstIntent ? CheckVerdict.Pass : CheckVerdict.Fail(intents);
        return (verdict, true);
    }

    private static int LastOffer(ChatCheckContext context)
    {
        for (var i = context.Messages.Count - 1; i >= 0; i--)
        {
            if (context.IsFrom(i, Sender.Operator)
                && (OfferSignals.MakesOffer(context.Messages[i].Text) || OffersInWords(context, context.Messages[i].Text)))
            {
                return i;
            }
        }

        return -1;
    }

    // "We have it in blue" offers; "Unfortunately we have no rooms" and "Цены уточняйте по телефону" do not.
    private static bool OffersInWords(ChatCheckContext context, string? text)
    {
        foreach (var raw in Sentences.Split(text))
        {
            var sentence = TextNormalizer.Prepare(raw);
            if (context.Phrases.Matches(PhraseKeys.Offer, sentence, context.PhraseLanguage)
                && !context.Phrases.Matches(PhraseKeys.NoOffer, sentence, context.PhraseLanguage))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ShowsIntent(ChatCheckContext context, int index)
    {
        var text = context.Messages[index].Text;
        // "I'd like a refund", "где мой заказ?": about something already bought, whatever the words around it.
        return !string.IsNullOrWhiteSpace(text)
            && !context.Says(index, PhraseKeys.AfterSale)
            && (context.Says(index, PhraseKeys.PurchaseIntent)
                || context.Scorer.ScoreSalesIntent(text, context.Language) >= context.Settings.SalesIntentThreshold);
    }
}
