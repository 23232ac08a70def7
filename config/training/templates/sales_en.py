"""English customer messages for the sales-intent model: 1 = purchase intent, 0 = none.

Negatives include hard cases that share words with purchases ("I already bought it, where is my order?",
"how much longer do I have to wait", "how much will the return shipping cost me?").
"""

import re

from templates.common import sales_compose
from templates.en_shared import SLOTS as _EN

SLOTS = dict(_EN)
SLOTS.update({
    "qty": ["2", "3", "5", "10", "20", "50", "100"],
    "plan": ["Premium", "Family", "Unlimited", "Basic", "Pro"],
    "want": ["I want to buy", "I'd like to order", "I would like to buy", "I'm looking to buy", "I want to order",
             "I'm thinking of getting", "Planning to buy", "I'm interested in buying", "We'd like to order",
             "I'd love to get", "Looking to purchase"],
    "broke": ["stopped working after a week", "won't turn on", "arrived scratched", "makes a weird noise",
              "won't charge", "came without a charger", "is the wrong colour", "broke on day two"],
})

KEEP_CASE = tuple(SLOTS["plan"]) + ("Bluetooth",)

OPEN = [(1, ["Hi!", "Hello,", "Hey", "Hi there,", "Good morning.", "Hiya",
             "Hi, can you help?", "Excuse me,", "Hey there!", "Good evening,", "Hi team,", "Morning!"])]

POSITIVE = [
    (9, [  # price
        "How much is the {prod}?", "How much does the {brand} {model} cost?", "What's the price of the {prod} {model}?",
        "how much for the {color} one?", "Is the {prod} {model} still {usd}? I want to order today.",
        "How much would the {prod} be with delivery to {city}?", "What's the price with the discount?",
        "How much if I buy two?", "How much is the annual subscription?", "How much is the {plan} plan per month?",
        "Price for the {model} please", "What does the {brand} {prod} go for?", "how much are the {prods}?",
        "What's the total with shipping to {country}?", "Can you tell me the price of the {prod} in {color}?",
    ]),
    (9, [  # availability / size / colour
        "Is the {brand} {model} {prod} in stock?", "Do you have the {prod} {model} in stock?", "Do you have these {prods} in {size}?",
        "Is the {prod} available in {color}?", "Do you have the {prod} at your {city} store?", "Do you sell {brand} {prods}?",
        "Do you have {size}? I'd like to order.", "Is there still a {size} left in the {model}?",
        "When will the {prod} {model} be back in stock?", "When are you restocking the {brand} {prods}?",
        "Will the {color} version come back? I really want that one.", "Can I pick up the {prod} in {city} today?",
        "Can you reserve the {prod} {model} for me until tonight?", "Do you have it in a bigger size?",
        "Any chance you have the {model} in {color}?",
    ]),
    (8, [  # explicit buying / ordering
        "{want} the {brand} {prod}, how do I do that?", "{want} a {prod}, can you help me place the order?",
        "{want} the {prod} as a gift, do you do gift wrapping?", "{want} the {prods} in two different colours, is that possible?",
        "I want to place an order for the {prod}.", "How do I order the {prod} with delivery?",
        "Can I buy the {prod} without creating an account?", "I'll take the {model}! How do I pay?",
        "Let's go with the {prods}, size {size}.", "Can I order by phone?", "I want another {prod} like the one I got last time.",
        "Please put me down for the {brand} {model} in black.", "I want to get a {prod} for my mum, what do you recommend?",
        "Ready to buy the {prod} right now if you can deliver by Friday.", "Can I check out as a guest?",
        "I want to upgrade to the {plan} plan, how do I switch?", "I'd like to sign up for the {plan} plan for a year.",
    ]),
    (7, [  # delivery before purchase
        "Do you ship to {country}? I want to order the {prod}.", "How much is shipping to {city}?",
        "Do you deliver to {city}?", "If I order today, will it arrive {en_date}?", "Is there click and collect in {city}?",
        "How long does delivery to {country} take? Thinking of ordering the {prod}.",
        "Can the courier bring it to my door if I order the {prod}?", "What's the minimum for free shipping?",
        "Do you deliver on weekends? I'm about to buy the {prod}.",
    ]),
    (7, [  # payment before purchase (with a sign of the purchase: a bare "do you take PayPal?" is as often a failed payment)
        "If I order the {prod} now, can I pay by card on delivery?", "I'd like to buy the {prod}, can I pay with Apple Pay?",
        "Do you take PayPal? I want to order the {prod} today.",
        "Can I buy the {prod} in instalments?", "Do you offer financing on the {brand} {prod}?",
        "Can you send an invoice to our company? We want to buy {qty} units.", "Can I pay cash on delivery if I order the {prods}?",
        "Is Klarna available for the {prod}?", "Can I split the payment for the {prod}?",
        "Can I use a gift card and a credit card together? I want to get the {prod}.",
    ]),
    (6, [  # services: telecom, travel, food, tickets
        "How much is a double room for the weekend?", "I'd like to book a table for {qty} {en_date}.",
        "Are there still tickets for the [concert|show|flight to {city}] {en_date}?", "Can I get home broadband in {city}? How much is it?",
        "I want to switch my number to you, what plans do you have?", "How much is the family plan per year?",
        "Can I order sushi for [tonight|lunch|{en_date}], are you open?", "How much is the airport transfer?",
        "Can I buy a gift card for {usd}?", "I'd like to open a savings account, what are the rates?",
    ]),
    (6, [  # discounts / bulk / comparison before buying
        "Is there a discount if I buy two pairs of {prods}?", "Do you sell wholesale? We need {qty} units.",
        "Any bulk pricing for {qty} pieces?", "What's the difference between the {model} and the {model}? Trying to decide which to buy.",
        "Which is better to buy, {brand} or {brand}?", "Can you recommend a {prod} under {usd}? I want to buy this week.",
        "Will the {prod} go on sale soon? I'm planning to buy.", "Is there a code for first orders?",
        "Which {prod} would you recommend for a small flat? Ready to buy today.", "Can I pre-order the {prod} {model}?",
        "Can you special order the {prod} in {color}?",
        "I need a new {prod} for [uni|work|my kid|the office|travelling], what have you got under {usd}?",
        "Shopping for a {prod}, what can you offer around {usd}?",
        "Looking for a gift for my [wife|husband|mum|dad|colleague] under {usd}, any ideas?",
    ]),
]

NEGATIVE = [
    (6, [  # fillers, nudges and logistics of an order already on its way
        "Please advise.", "Could you help me with this?", "Can someone help?", "Anyone here?", "Hello, are you still there?",
        "Can the delivery be moved to the evening?", "Could it come after 6 pm instead?", "Will the driver ring before coming?",
        "What happens if I'm out when it arrives?", "Can they leave it with a neighbour?", "Will the courier collect the return?",
        "Where do I find the tracking link?", "Can I move the delivery to Saturday?", "Can I change the delivery window?",
    ]),
    (8, [  # product information with no sign of buying, often about the one the customer already has
        "I have the {brand} {prod}, will a {brand} charger work with it?", "What comes in the box with my {prod_el}?",
        "What's included with the {prod}, just the cable?", "How big is the {prod} I ordered, will it fit on a shelf?",
        "Is the {prod} I got waterproof?", "Can the parts of my {prod_filter} go in the dishwasher?",
        "What's the difference between the eco and turbo modes on my {prod_filter}?", "Which cable does the {prod_el} use?",
        "Does my old {prod_el} charger fit the {model}?", "How do I tell whether I have the {model} or the {model}?",
        "How loud is the {prod_el} on the top setting?", "How long should the battery in my {prod_el} last?",
        "What does the blinking red light on the {prod_el} mean?", "Can I machine wash the cover of the {prod}?",
        "Is the {model} the same thing as the {model} with another name?", "Where is the {prod} made?",
        "What material is the strap made of?", "What size is the filter in the {prod_filter}?",
        "How many watts does the {prod_el} use?", "Is there an English manual for the {prod_el} I bought?",
        "Does the {model} get software updates?", "How is the {model} different from the {model}, just curious?",
        "What changed between the {model} and the {model}? Mine is the older one.", "Is the {model} any quieter than the {model}?",
        "What's the difference between the two buttons on the {prod_el}?", "What's the difference between standby and off on my {prod_el}?",
        "What's the difference between the {model} and the {model} chargers?", "What's the difference between the two settings on the {prod_filter}?",
        "Which accessories came with the {prod_el}? Mine has only a cable.",
    ]),
    (7, [  # payment trouble and paperwork for an order already placed
        "My card was declined, can I use another one instead?", "Can I pay for order {ord_en} with a different card?",
        "The payment failed, should I try Apple Pay instead?", "Will Google Pay work for the order I already placed?",
        "Can you switch order {ord_en} to cash on delivery instead?", "How do I get an invoice for order {ord_en}?",
        "Can you send a VAT invoice for last month's order?", "Do I need the receipt for the return?",
        "Where can I download the receipt for my purchase?", "The invoice shows the wrong company name, can you fix it?",
        "Is the receipt sent automatically after delivery?", "Why was my payment declined?",
        "The bank says the payment is still pending, what now?", "I was charged but the order still says unpaid.",
        "Can I get a paper receipt with the delivery?", "Does the invoice include VAT? Our accountant is asking.",
        "My PayPal payment bounced, how do I pay for the order now?", "The checkout keeps rejecting my Mastercard.",
    ]),
    (10, [  # tracking an existing order
        "Where is my order {ord_en}?", "I already bought the {prod}, where is my order?", "When will my order arrive?",
        "How much longer do I have to wait?", "Order {ord_en} has said 'processing' for a week.",
        "The courier never showed up, what's going on with my delivery?", "The tracking number doesn't work, was it even shipped?",
        "How much longer until the courier comes?", "My order {ord_en} was due {en_date}, where is it?",
        "Why hasn't my order shipped yet?", "I paid for the {prod} three days ago and the status hasn't changed.",
        "Can you give me an update on order {ord_en}?", "My parcel is stuck in {city}, what do I do?",
        "When are you sending my order?", "I bought a {prod} from you, when will it be delivered?",
        "How long until I get my refund?", "Only half my order arrived, where's the rest?",
        "I already paid, why isn't the order confirmed?",
    ]),
    (9, [  # complaints
        "You sent the wrong colour.", "The courier was three hours late, this is unacceptable.", "The item arrived broken.",
        "Why is the price on my receipt higher than on the website?", "You charged me twice!", "I bought a {prod_el} from you and it {broke}.",
        "The {prod_el} {broke}, what kind of quality is this?", "The package had been opened, is that normal?",
        "The driver was rude to me on the phone.", "The price dropped right after I bought it, will you refund the difference?",
        "I got [a size 8|a size 10|a medium|a large|an XL] but I ordered a different size.", "Why didn't I get points for order {ord_en}?",
        "The promo code didn't apply to my paid order, please refund the discount.",
        "Terrible service, I'm never buying from you again.", "I don't want to buy anything, I just want my money back.",
        "It said in stock and then you cancelled my order, why?", "Why did you cancel my order without telling me?",
    ]),
    (8, [  # returns / warranty
        "I want to return the {prods}, they don't fit.", "How do I start a return?", "How much will the return shipping cost me?",
        "I want to claim the warranty on my {prod_el}.", "How do I get a refund for the {prod}?", "Can I exchange the {prods} for a different size?",
        "Where is the nearest repair centre for the {prod_el}?", "I requested a return, when will you pick up the {prod}?",
        "The return was approved but I haven't got the money.", "How many days do I have to return the {prod}?",
        "Please cancel order {ord_en}.", "I want to cancel my order before it ships.", "Can I return an item I bought on sale?",
    ]),
    (8, [  # tech support and account
        "I can't log in to the app.", "The website shows error 500.", "I'm not getting the verification code.",
        "How do I change my password?", "How do I delete my account?", "Please update the phone number on my profile.",
        "The Pay button in the cart just keeps loading.", "The app crashes since the update.", "How do I connect the {prod_wifi} to Wi-Fi?",
        "My speaker won't pair over Bluetooth.", "How do I factory reset the {prod_wifi}?", "How do I unsubscribe from the newsletter?",
        "Why is my account locked?", "I can't add my card to my profile.", "Where can I see my order history?",
        "How do I change my email address?", "Is there a manual for the {prod} in Spanish?", "How do I clean the filter on the {prod_filter}?",
    ]),
    (6, [  # service problems: telecom, travel, food, bank
        "My internet has been down since this morning.", "My flight was cancelled, refund the ticket please.",
        "The transfer never reached the recipient.", "The food arrived cold, I want compensation.",
        "You charged my monthly fee twice.", "I can't log in to online banking.", "How do I cancel the paid subscription?",
        "Why isn't roaming working?", "The hotel booking wasn't confirmed, what now?", "Block my card, I lost it.",
        "I'm not getting texts from the bank.", "The delivery driver is an hour late.",
    ]),
    (6, [  # greetings, thanks, acknowledgements
        "Hello!", "Thanks, that's clear.", "Ok, I'll wait.", "Thanks for your help!", "Alright, thank you.", "Got it, thanks.",
        "Hi, can I ask something?", "Received everything, thanks!", "Great, thanks so much.", "Yes, that's my number.",
        "No, that's all.", "Ah, I see it now.", "Thanks, problem solved.", "Sorry, wrong chat.", "Hello? Are you there?",
        "Waiting for a reply.", "Thanks, bye.", "Ok I'll try that.",
    ]),
    (5, [  # other non-purchase questions that share shopping words
        "How much does a repair cost once the warranty is over? I don't want to buy a new one.",
        "You changed the price on the site but charged me the old one, why?", "Are you open on holidays? I need to drop off a return.",
        "What's the address of the pickup point where I collect my order?", "Are you hiring?",
        "Can someone else pick up my order for me?", "Where can I get a receipt for a past purchase?",
        "I need a copy of my warranty card.", "It said in stock but checkout says unavailable. Never mind, doesn't matter now.",
        "How long do you keep orders at the pickup point?", "How do I file a complaint about the store?",
        "Do you have an Android app?", "Can I change the delivery address on an order I already placed?",
        "How much longer will the refund for the {prod} take?", "Do you have my address on file?",
    ]),
]

TAIL = [(1, ["Thanks!", "Thanks in advance.", "Waiting for your reply.", "Urgent!", "Please reply asap.", "thx", "?",
             "👍", "🙏", "Cheers", "Thank you so much!"])]

_NOISE = {"typo": 0.07, "lower": 0.2, "no_period": 0.3, "emoji": ["🙂", "😊", "🙏", "😅", "🤔"], "emoji_p": 0.04}

COMPOSE = sales_compose(OPEN, POSITIVE, NEGATIVE, TAIL, _NOISE)


def postprocess(text):
    """English article agreement for the few slot values that start with a vowel sound."""
    return _AN.sub(lambda m: m.group(1) + "n ", text)


_AN = re.compile(r"\b([Aa]) (?=(?:e-scooter|office chair|air fryer|extra)\b)")
