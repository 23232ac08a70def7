using System.Globalization;
using Microsoft.Extensions.Options;
using QaBot.Core.Checks;
using QaBot.Core.Definitions;
using QaBot.Core.Generation;
using QaBot.Core.Transcripts;
using QaBot.Infrastructure.Quality;
using QaBot.Infrastructure.Scoring;

namespace QaBot.Benchmarks;

/// <summary>
/// The model-driven checks against the generator's truth: generated chats (<see cref="TranscriptGenerator"/>) are checked
/// with the shipped models (config/models), the phrase lists (config/rules) and the default thresholds
/// (<see cref="RulesOptions"/>, or the ones given), and each check's fail is compared with what the generator put into the chat —
/// <c>politeness</c> with <see cref="ChatScenario.RudeMessage"/>, <c>missed_sale</c> with
/// <see cref="ChatScenario.MissedSale"/>, and the chat's sales intent with <see cref="ChatScenario.PurchaseIntent"/>.
/// <c>--verbose</c> prints the messages behind every wrong verdict.
/// </summary>
internal static class CheckTruthReport
{
    public static void Run(IReadOnlyList<int> seeds, int days, int chatsPerDay, RulesOptions rules, bool verbose)
    {
        var config = RepositoryPaths.ConfigDirectory();
        using var scorer = new MlMessageScorer(
            Path.Combine(config, "models", "politeness.zip"), Path.Combine(config, "models", "sales-intent.zip"));
        rules.Directory = Path.Combine(config, "rules");
        var quality = new ChatQuality(Options.Create(rules), scorer, DefinitionSettings.Default);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"thresholds: RudeThreshold {rules.RudeThreshold}, SalesIntentThreshold {rules.SalesIntentThreshold}; {days} days × ~{chatsPerDay} chats"));
        foreach (var seed in seeds)
        {
            var settings = new GeneratorSettings { Seed = seed, Days = days, ChatsPerDay = chatsPerDay };
            var now = new DateTimeOffset(settings.StartDate.AddDays(days + 10).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            var politeness = new Confusion();
            var missedSale = new Confusion();
            var intent = new Confusion();
            var answered = 0;
            foreach (var generated in new TranscriptGenerator().GenerateWithScenarios(settings))
            {
                var result = quality.Check(generated.Chat, now);
                if (result.QaScore is null)
                {
                    continue;
                }

                answered++;
                var truth = generated.Scenario;
                politeness.Add(truth.RudeMessage, result.Checks[CheckNames.Politeness] == CheckOutcome.Fail, verbose, "politeness", generated.Chat, result, scorer);
                missedSale.Add(truth.MissedSale, result.Checks[CheckNames.MissedSale] == CheckOutcome.Fail, verbose, "missed_sale", generated.Chat, result, scorer);
                intent.Add(truth.PurchaseIntent, result.SalesIntent, verbose, "sales_intent", generated.Chat, result, scorer);
            }

            Console.WriteLine($"seed {seed}: {answered} answered chats");
            Console.WriteLine($"  politeness fail vs rude message     {politeness}");
            Console.WriteLine($"  missed_sale fail vs missed sale     {missedSale}");
            Console.WriteLine($"  sales intent vs purchase intent     {intent}");
        }
    }

    private sealed class Confusion
    {
        private int _truePositives;
        private int _falsePositives;
        private int _falseNegatives;

        public void Add(bool truth, bool flagged, bool verbose, string what, Chat chat, ChatCheckResult result, MlMessageScorer scorer)
        {
            _truePositives += truth && flagged ? 1 : 0;
            _falsePositives += !truth && flagged ? 1 : 0;
            _falseNegatives += truth && !flagged ? 1 : 0;
            if (verbose && truth != flagged)
            {
                Explain(truth ? "missed" : "false", what, chat, result, scorer);
            }
        }

        public override string ToString()
        {
            var precision = _truePositives + _falsePositives == 0 ? double.NaN : (double)_truePositives / (_truePositives + _falsePositives);
            var recall = _truePositives + _falseNegatives == 0 ? double.NaN : (double)_truePositives / (_truePositives + _falseNegatives);
            return string.Create(CultureInfo.InvariantCulture,
                $"flagged {_truePositives + _falsePositives,4}  truth {_truePositives + _falseNegatives,4}  precision {precision:F3}  recall {recall:F3}");
        }

        // The customer's messages with P(intent) for sales, the operator's with P(rude) for politeness.
        private static void Explain(string kind, string what, Chat chat, ChatCheckResult result, MlMessageScorer scorer)
        {
            Console.WriteLine($"  [{kind} {what}] {chat.Id} ({result.Language})");
            var customer = what != "politeness";
            foreach (var message in chat.Messages)
            {
                if (message.Text is null || message.From != (customer ? Sender.Customer : Sender.Operator))
                {
                    if (customer && message.From == Sender.Operator && message.Text is not null)
                    {
                        Console.WriteLine($"      op: {message.Text}");
                    }

                    continue;
                }

                var score = customer ? scorer.ScoreSalesIntent(message.Text, result.Language) : scorer.ScoreRudeness(message.Text, result.Language);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {score:F3} {message.Text}"));
            }
        }
    }
}
