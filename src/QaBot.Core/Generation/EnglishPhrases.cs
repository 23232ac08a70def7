using System.Globalization;

namespace QaBot.Core.Generation;

/// <summary>English support-chat phrases.</summary>
internal static class EnglishPhrases
{
    public static PhraseBook Book { get; } = new()
    {
        Language = "en",
        SentenceSeparator = " ",
        FormatPrice = p => "$" + p.ToString("0.00", CultureInfo.InvariantCulture),
        ShopUrl = "https://shop.example.com/p/",
        CustomerNames = ["Emma", "Olivia", "Sophia", "Mia", "Charlotte", "Amelia", "Liam", "Noah", "Oliver", "Ethan",
            "Lucas", "Mason", "Logan", "Grace", "Chloe", "Daniel", "Henry", "Jack", "Lily", "Zoe"],
        CustomerHellos = ["Hi!", "Hello.", "Hey there!", "Hello there!", "Hi there!"],
        CustomerNudges = ["Hello? Anyone there?", "Are you still there?", "Hello??", "Any update?"],
        CustomerRunAddOns = ["Please advise.", "Thanks in advance!", "It's a bit urgent."],
        CustomerAcks = ["Ok, I'll wait.", "Sure.", "Ok", "Alright, thanks."],
        CustomerThanks = ["Thanks!", "Great, thank you.", "Thanks a lot, bye!", "Perfect, that helps."],
        CustomerPurchaseOpeners = ["I want to buy the {product}. How much is it?", "Is the {product} in stock? I'd like to order one.",
            "How much does the {product} cost?", "I'd like to purchase the {product}, how do I do that?"],
        PurchaseFollowUps =
        [
            new("How long does shipping take?", "Shipping takes 2-4 business days."),
            new("Does it come in black?", "Yes, black and white are both available."),
            new("Is paying on arrival an option?", "Yes, card or cash to the courier works."),
            new("What's the warranty on it?", "It has a one-year manufacturer's warranty."),
        ],
        CustomerOrderPlaced = ["Just placed the order, thanks!", "Ordered it, thank you!", "Done, order placed. Thanks for the help!"],
        OperatorGreetings = ["Hi {name}!", "Hello!", "Good day!", "Hello {name}, thanks for reaching out."],
        WaitNotices = ["One moment please, let me check.", "Please wait, I'm checking this for you.",
            "Let me check that, it may take a couple of minutes.", "Give me a moment to look into it."],
        ThanksForWaiting = ["Thanks for waiting!", "Thank you for your patience.", "Thanks for holding."],
        Closings = ["Is there anything else I can help you with?", "Anything else I can help with today?",
            "If you have any other questions, just message us."],
        Farewells = ["Have a nice day!", "Have a great day!", "Take care and have a nice day!"],
        PlainConfirmations = ["Great.", "Got it.", "Noted."],
        CheckedPrefixes = ["I've checked.", "I looked into it.", "Checked with the team."],
        Offers = ["The {product} is {price}. You can order it here: {link}", "Yes, it's in stock for {price}. Add to cart here: {link}",
            "It costs {price}, and we also have a bundle with a case. Link to order: {link}"],
        NoOfferAnswers = ["I don't have stock information, sorry.", "You'd better check that in the store.", "I'm not sure about that one."],
        RudeLines = ["Are you even reading what I write? I'm not repeating myself.", "That's your problem, not ours.",
            "Stop wasting my time, it's all on the website.", "Seriously, learn to read the instructions."],
        TransferNotices = ["I'm transferring you to a colleague who handles this.", "I'll pass this chat to our specialist team."],
        TransferIntros = ["Hi, this is {operator}, I'll continue from here.", "Hello! {operator} here, let's sort this out."],
        BotQueueNotices = ["Hi! I'm the virtual assistant. An agent will join shortly.",
            "All our agents are busy right now, you are in the queue."],
        CannedGreetings = ["Hello! My name is {operator}. How can I help you today?"],
        OutboundMessages = ["Hi {name}! Your order #{order} is ready for pickup.",
            "Hello {name}, a reminder that order #{order} is awaiting payment.",
            "Hi! Following up on your request about order #{order}: it's all sorted now."],
        Catalogue =
        [
            new("Clean X2 robot vacuum", 329m, "clean-x2"), new("Sound Pro headphones", 99.9m, "sound-pro"),
            new("SmartBoil kettle", 45m, "smartboil"), new("Barista One coffee machine", 599m, "barista-one"),
            new("City 20 backpack", 59.5m, "city-20"), new("Fit 5 smartwatch", 179m, "fit-5"),
        ],
        Topics = new Dictionary<string, TopicPhrases>(StringComparer.Ordinal)
        {
            ["delivery"] = new()
            {
                Tag = "delivery",
                Openers =
                [
                    new("Where is my order?", "Your order is with the carrier, the courier will call an hour before arriving."),
                    new("When will my package arrive?", "It's scheduled for tomorrow, the courier will confirm the time in the morning."),
                    new("The courier never showed up, what happened?", "Sorry about that, the courier was delayed and the delivery moved to tomorrow."),
                    new("Can I reschedule my delivery?", "Yes, you can reschedule in your account or right here in the chat."),
                ],
                Details = ["Order number {order}.", "It's order #{order}", "Ordered last week, #{order}."],
                FollowUps =
                [
                    new("Can it come in the evening?", "Yes, you can pick the 6-10 pm slot."),
                    new("Will the courier call first?", "Yes, about an hour ahead."),
                    new("What if I'm not home?", "They'll leave a notice and you can rebook the delivery."),
                    new("Ok. Where can I see the tracking number?", "It comes by SMS once the parcel ships."),
                ],
                LateQuestions = ["And if it's late, who do I call?", "Can I still change the address?"],
            },
            ["payment"] = new()
            {
                Tag = "payment",
                Openers =
                [
                    new("My card payment keeps failing, why?", "Usually the bank declines it because of a limit; another card or PayPal should work."),
                    new("I was charged twice, what should I do?", "The second charge is only a hold, it's released automatically."),
                    new("How do I get a receipt?", "Receipts go to the email on the order."),
                    new("Why is the order unpaid if the money was taken?", "The payment status updates within a quarter of an hour."),
                ],
                Details = ["Order {order}.", "Paid last night, order {order}.", "It's a Visa card if that matters."],
                FollowUps =
                [
                    new("When will I get the money back?", "Usually within 3 business days, depending on your bank."),
                    new("Does PayPal work instead?", "Yes, PayPal is available at checkout."),
                    new("Will the receipt be emailed?", "Yes, to the address on the order."),
                ],
                LateQuestions = ["And if it's not refunded, where do I write?", "Will my bank charge a fee?"],
            },
            ["returns"] = new()
            {
                Tag = "returns",
                Openers =
                [
                    new("I want to return an item, how does it work?", "Start the return in your account and a courier picks it up for free."),
                    new("The item arrived broken, what now?", "I'm sorry! Please send a photo and we'll replace or refund it."),
                    new("Can I exchange it for another size?", "Yes, exchanges are possible within 14 days."),
                ],
                Details = ["Order {order}.", "Got it yesterday, order {order}.", "I kept the box."],
                FollowUps =
                [
                    new("Will the courier pick it up?", "Yes, on a day that suits you."),
                    new("How long is the refund?", "Up to 10 days after we inspect the item."),
                    new("Do I need the receipt?", "No, the order number is enough."),
                ],
                LateQuestions = ["Do I have to keep the packaging?", "Can I drop it at a pickup point instead?"],
            },
            ["account"] = new()
            {
                Tag = "account",
                Openers =
                [
                    new("I can't log into my account.", "Please try resetting the password with the Forgot password link."),
                    new("How do I change the phone number on my account?", "You can change it under Profile settings, Contacts."),
                    new("The verification code never arrives.", "It usually arrives right away; please check your spam folder too."),
                ],
                Details = ["Email is jsmith@example.com", "Same phone as on order {order}."],
                FollowUps =
                [
                    new("Still no code.", "I've sent a new code, it's valid for 10 minutes."),
                    new("How do I reset the password?", "Click Forgot password on the sign-in page."),
                    new("Now it says login error.", "Please clear the browser cache and try again."),
                ],
                LateQuestions = ["Will my reward points stay?", "Can I log in on another device too?"],
            },
            ["product"] = new()
            {
                Tag = "product",
                Openers =
                [
                    new("Will the old model's charger work with the new one?", "Yes, the charger works with both models."),
                    new("What's the difference between X2 and X3?", "The X3 is quieter and has a bigger bin."),
                    new("What warranty do your products have?", "The manufacturer's warranty is 2 years."),
                ],
                Details = ["I bought mine from you last year.", "My previous order was {order}."],
                FollowUps =
                [
                    new("Is it big?", "It's compact, about 14 inches across."),
                    new("What's in the box?", "Two brushes and a charging dock."),
                    new("Is there a manual in English?", "Yes, printed and on our website."),
                ],
                LateQuestions = ["Are you open on weekends?", "Where is the pickup point?"],
            },
        },
    };
}
