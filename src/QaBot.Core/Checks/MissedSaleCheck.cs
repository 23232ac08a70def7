using QaBot.Core.Text;
using QaBot.Core.Transcripts;

namespace QaBot.Core.Checks;

/// <summary>
/// DESIGN §4 <c>missed_sale</c>: a customer message shows purchase intent (model P ≥ SalesIntentThreshold, or the
/// purchase_intent phrases) and no operator message after it makes an offer (offer phrases, a link or a price).
/// Scans backwards from the end, so the models score only the customer messages that can change the answer.
/// </summary>
internal static class MissedSaleCheck
{
    public static (CheckVerdict Verdict, bool SalesIntent) Evaluate(ChatCheckContext context)
    {
        var lastOffer = LastOffer(context);
        var missed = new List<string>();
        var intent = false;
        for (var i = context.Messages.Count - 1; i >= 0; i--)
        {
            if (!context.IsFrom(i, Sender.Customer))
            {
                continue;
            }

            if (i < lastOffer && intent)
            {
                // Everything earlier was followed by an offer, and sales intent is already known.
                break;
            }

            if (ShowsIntent(context, i))
            {
                intent = true;
                if (i > lastOffer)
                {
                    missed.Add(context.Messages[i].Id);
                }
            }
        }

        missed.Reverse();
        var verdict = missed.Count > 0 ? CheckVerdict.Fail(missed)
            : intent ? CheckVerdict.Pass
            : CheckVerdict.NotApplicable;
        return (verdict, intent);
    }

    private static int LastOffer(ChatCheckContext context)
    {
        for (var i = context.Messages.Count - 1; i >= 0; i--)
        {
            if (context.IsFrom(i, Sender.Operator)
                && (context.Says(i, PhraseKeys.Offer) || OfferSignals.MakesOffer(context.Messages[i].Text)))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool ShowsIntent(ChatCheckContext context, int index)
    {
        var text = context.Messages[index].Text;
        return !string.IsNullOrWhiteSpace(text)
            && (context.Says(index, PhraseKeys.PurchaseIntent)
                || context.Scorer.ScoreSalesIntent(text, context.Language) >= context.Settings.SalesIntentThreshold);
    }
}
