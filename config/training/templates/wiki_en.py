"""Requests between collaborators in the style of wiki talk pages and Q&A sites.

1 = polite request, 0 = impolite request. Written from scratch; neutral context sentences are shared by both labels
so that the label depends on how the request is made, not on the topic.
"""

SLOTS = {
    "article": ["the Battle of Hastings article", "the Ada Lovelace page", "the photosynthesis article",
                "the Great Barrier Reef page", "the article on the Ottoman Empire", "the Jazz fusion page",
                "the Mount Kilimanjaro article", "the page on the French Revolution", "the Tesla coil article",
                "the list of Nobel laureates", "the Python (programming language) article", "the Roman roads page",
                "the article about the 1998 World Cup", "the page on migratory birds", "the Byzantine art article",
                "the climate of Iceland section", "the Marie Curie biography", "the article on plate tectonics",
                "the Baroque music page", "the Silk Road article", "this article", "the draft", "the stub"],
    "section": ["the Early life section", "the infobox", "the lead paragraph", "the References section",
                "the Reception section", "the Legacy section", "the History section", "the population table",
                "the table of results", "the Background section", "the timeline", "the image captions",
                "the External links", "the plot summary", "the Controversy section", "the citations in the lead"],
    "thing": ["the sources I added", "my last edit", "the new paragraph", "the citation I fixed",
              "the rewritten lead", "the map I uploaded", "the merge proposal", "the infobox changes",
              "the expanded section", "the new references", "my draft", "the category changes",
              "the disambiguation page", "the copyedit", "the table I reformatted"],
    "user": ["Bluebird42", "Quillwright", "RiverStone", "Mapmaker77", "EditorJane", "Hornbeam", "Tessellate",
             "OldOakTree", "Ferrous", "Kestrel_9", "Marginalia", "Wordsmith88"],
    "policy": ["the reliable sources guideline", "the neutral point of view policy", "the style guide",
               "the notability guideline", "the no original research policy", "the image use policy",
               "the guideline on external links", "the talk page guidelines", "the verifiability policy"],
    "code": ["the stack trace", "the full error message", "a minimal example", "your Makefile", "the SQL query",
             "the regex you used", "your config file", "the output of the command", "the version numbers",
             "the code that reproduces it", "your build log", "the query plan"],
    "tech": ["the regex", "the join", "this recursion", "the build script", "the async call", "the null check",
             "the CSS selector", "the loop", "the migration", "the unit test", "the cache layer"],
    "term": ["undue weight", "fringe", "puffery", "original research", "primary source", "citation overkill",
             "not notable", "weasel words"],
    "claim": ["the population figure", "the date of the treaty", "the quote in the lead", "the birth year",
              "the casualty count", "the claim about the origin of the name", "the chart position",
              "the translation of the motto", "the attendance figure"],
}

OPENER_POLITE = [(1, [
    "Hi!", "Hi {user},", "Hello,", "Hey there,", "Good morning,", "Hi, I hope you're well.", "Hello {user}!",
    "Thanks for your work on {article}!", "Great job on {section}, by the way.", "Nice work on {article}.",
    "I really appreciate your help so far.", "Sorry to bother you,", "Sorry for the late reply.",
    "Thanks for the quick response.", "I hope this is the right place to ask.", "Apologies if this was asked before.",
])]

CONTEXT = [(1, [
    "I noticed that {section} of {article} was changed yesterday.", "I've been working on {article} this week.",
    "There was a discussion about {section} last month.", "I added a few sources to {section}.",
    "{user} mentioned that {claim} might be out of date.", "Someone reverted the change to {section}.",
    "The bot flagged {article} for missing citations.", "I'm trying to get {article} to good article status.",
    "I've run into a problem with {tech}.", "The build fails when I run the tests.",
    "I've read the documentation twice.", "I moved the discussion here from my talk page.",
    "{claim} in {article} doesn't match the source.", "There are two conflicting versions of {section}.",
    "I see you reverted {thing}.", "Your edit removed {section}.",
])]

POLITE_REQUEST = [
    (8, [  # counterfactual modals
        "Could you please take a look at {thing}?", "Would you mind having a look at {section} when you have time?",
        "Could you explain why {thing} was reverted? I'd like to understand the reasoning.",
        "Would you be able to check {claim} against the source?", "Could you perhaps add a citation for {claim}?",
        "Would it be possible to restore {section} while we discuss it?",
        "Could you help me understand what was wrong with {thing}?",
        "Would you be willing to review {thing} before I nominate it?",
        "Could you point me to the discussion about {section}?",
        "Would you mind sharing {code}? It would help a lot.", "Could you post {code} so we can reproduce it?",
        "Could you clarify what you meant by your last comment?",
        "Could you explain what you meant by \"{term}\" in your edit summary? I want to get it right.", "Would you consider merging the two versions?",
        "Could you possibly update {section} with the newer figures?",
        "Would you mind if I moved {section} further down?",
    ]),
    (6, [  # hedges and indirect
        "I think {claim} might need a source, do you happen to have one?",
        "Perhaps we could discuss {section} here before changing it again?",
        "I wonder if {section} could be shortened a little, what do you think?",
        "It seems {claim} doesn't match the source, maybe we could double-check it together?",
        "Maybe I'm missing something, but could you explain the revert?",
        "I may be wrong, but I think {policy} allows this. Could you take another look?",
        "I'm not sure I understand the change to {section}, could you say a bit more about it?",
        "If you have a moment, I'd appreciate your thoughts on {thing}.",
        "When you get a chance, could you look over {thing}?",
        "I was wondering whether you could help me with {tech}.",
        "Do you think it would make sense to split {section} into two parts?",
        "Would it help if I rewrote {section} and posted a draft here first?",
    ]),
    (5, [  # please in the middle, gratitude
        "Can you please check {thing} when you have a minute?", "Could you please add a short edit summary next time? It helps a lot.",
        "Can you please share {code}? Thanks!", "Please let me know if {thing} needs more work.",
        "Can you let me know what you think of {thing}?", "Would you kindly review {section}?",
        "Any feedback on {thing} would be much appreciated.", "I'd be grateful for a second opinion on {section}.",
        "Thanks in advance for looking at {thing}.", "Let me know if there's anything I should change.",
    ]),
    (4, [  # deference and acknowledgement
        "You know this topic much better than I do, so could you check {claim}?",
        "Since you wrote most of {article}, would you mind reviewing {thing}?",
        "Your comments on {section} were really helpful, could you also look at {thing}?",
        "I see your point about {policy}; could we find a compromise on {section}?",
        "You're right that the source is weak, could you suggest a better one?",
        "Good catch on {claim}! Could you fix it in {section} too?",
    ]),
    (4, [  # neutral StackExchange-style help with courtesy
        "Could you add {code} to the question? That would make it easier to help.",
        "Have you tried updating the package? If that doesn't help, could you post {code}?",
        "Could you edit the question to include {code}, please?",
        "Would you mind accepting an answer if one of them solved it? Thanks!",
        "Could you say which version you're using? It might be a known bug.",
        "I think the issue is in {tech}; could you share how you call it?",
    ]),
]

CLOSER_POLITE = [(1, [
    "Thanks!", "Thank you!", "Thanks a lot.", "Many thanks.", "Much appreciated.", "Thanks for your help.",
    "Cheers!", "I appreciate it.", "No rush, of course.", "Thanks again for all your work.", "Happy editing!",
    "Let me know what you think.",
])]

OPENER_RUDE = [(1, [
    "Seriously?", "Again?", "Look,", "Listen,", "OK, enough.", "Unbelievable.", "Wow.", "So,", "Actually,",
    "Hey,", "{user},", "Really?", "Sigh.", "Come on.",
])]

RUDE_REQUEST = [
    (8, [  # hostile direct questions
        "Why on earth did you revert my edit again? Explain yourself.", "What is your problem with {section}?",
        "Why do you keep removing {thing}?", "Who do you think you are, deleting {section} without discussion?",
        "What part of {policy} don't you understand?", "Did you even read the sources before deleting them?",
        "Can you not see the citation right there?", "Why would anyone write {section} like that?",
        "What exactly is your point here?", "What is \"{term}\" even supposed to mean here?", "How many times do I have to explain {claim} to you?",
        "Are you going to answer or just keep ignoring me?", "Why do you keep doing this?",
        "Do you actually know anything about this topic?", "What makes you think you can just delete {thing}?",
        "Why did you not bother to check {claim}?", "Have you even read {policy}?",
        "Did you even look at {code} before answering?", "Why would you use {tech} for this?",
        "Is it really that hard to add a reference?", "What were you thinking with {thing}?",
        "Why is it always you reverting {article}?",
    ]),
    (7, [  # bare imperatives and demands
        "Stop removing my edits.", "Fix your mess on {article}.", "Explain why you keep vandalizing this page.",
        "Read {policy} before you lecture me.", "Undo your revert now.", "Put {section} back the way it was.",
        "Stop edit warring over {section}.", "Don't touch {thing} again.", "Just post {code} already.",
        "Go read the documentation before asking.", "Answer the question instead of dodging it.",
        "Learn how citations work before editing {article}.", "Leave {section} alone.",
        "Stop wasting everyone's time with {thing}.", "Do your own research next time.",
        "Search before you post, this has been answered a hundred times.", "Take it to the talk page like everyone else.",
    ]),
    (6, [  # second person blame, condescension
        "You clearly have no idea what you're doing.", "You obviously didn't read the source.",
        "You need to stop reverting everything you don't like.", "You've been told about {policy} several times already.",
        "You broke {section} and now you expect me to fix it?", "You're the one who removed {thing}, so you fix it.",
        "Your edits to {article} are a disaster.", "You keep making the same mistake in {section}.",
        "Honestly, your answer makes no sense.", "You didn't even try, did you?",
        "This is basic stuff, a beginner would know {tech}.", "Let me explain this slowly since you missed it the first time.",
        "Your question shows zero research effort.", "It's not our job to debug your code.",
    ]),
    (5, [  # sarcasm
        "Great, another revert without an edit summary. Very helpful.", "Wow, thanks for deleting three hours of work.",
        "Nice of you to finally show up on the talk page.", "Oh sure, because {policy} obviously doesn't apply to you.",
        "Brilliant, now {section} makes even less sense.", "Congratulations, you broke the infobox again.",
        "Thanks for the 'help', really.", "Sure, just ignore every source that disagrees with you.",
    ]),
    (4, [  # factuality and blunt correction
        "Actually, the source says the opposite. Did you bother to check?", "In fact, {claim} is wrong, and you know it.",
        "Obviously {section} needs a citation, so why didn't you add one?", "Clearly you didn't look at the history.",
        "The answer is in the docs. Did you even look?", "So you just reverted without reading. Typical.",
    ]),
    (3, [  # profanity and insults
        "What the hell happened to {section}?", "Stop messing up {article}, for God's sake.",
        "This is a ridiculous edit and you know it.", "Are you trolling or just clueless?",
        "What kind of nonsense is this?", "Damn it, who keeps deleting the references?",
    ]),
]

CLOSER_RUDE = [(1, [
    "Explain yourself.", "Answer me.", "I'm waiting.", "Ridiculous.", "Seriously.", "Do it now.",
    "This is the last time I ask.", "Unbelievable.", "Get it together.", "Enough.", "Thanks for nothing.",
    "Stop it.",
])]

_NOISE = {"typo": 0.03, "lower": 0.05, "no_period": 0.08}

COMPOSE = {
    1: [
        (6, {"parts": [{"p": 0.5, "groups": OPENER_POLITE}, {"p": 0.45, "groups": CONTEXT},
                       {"groups": POLITE_REQUEST}, {"p": 0.45, "groups": CLOSER_POLITE}], "noise": _NOISE}),
        (1, {"parts": [{"groups": POLITE_REQUEST}], "noise": _NOISE}),
    ],
    0: [
        (6, {"parts": [{"p": 0.35, "groups": OPENER_RUDE}, {"p": 0.45, "groups": CONTEXT},
                       {"groups": RUDE_REQUEST}, {"p": 0.35, "groups": CLOSER_RUDE}], "noise": _NOISE}),
        (1, {"parts": [{"groups": RUDE_REQUEST}], "noise": _NOISE}),
        (1, {"parts": [{"p": 0.6, "groups": [(1, ["Hi,", "Hello,", "Hi {user},"])]}, {"groups": RUDE_REQUEST}],
             "noise": _NOISE}),
    ],
}

KEEP_CASE = tuple(SLOTS["user"])
