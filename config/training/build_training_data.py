#!/usr/bin/env python3
"""Builds the QaBot sales-intent training CSVs in config/training/ from hand-written templates.

The politeness model no longer learns from templates (it learned the templates, not politeness): its training data
is the hand-written operator messages of config/training/written/ (politeness.<lang>.<part>.csv), one sentence at a
time, across many domains and registers.

Provenance: every sentence comes from the templates, slots and fragments in config/training/templates/
(one module per CSV, plus shared slots), written from scratch for this repository. Nothing is copied, sampled
or paraphrased from any external corpus or from the held-out evaluation data.

Rebuild (deterministic: fixed seed, stdlib only, identical bytes on every run):

    python3 config/training/build_training_data.py

Outputs (CSV, header `text,label`, RFC 4180 quoting, UTF-8, LF line ends):
  sales-intent.{ru,en,zh}.csv      customer messages; 1 = purchase intent, 0 = none

Uniqueness is enforced on a skeleton of each text (lower-cased, punctuation, emoji and digits removed), so two
rows never differ only in numbers, punctuation or emoji, and no text appears with both labels.
"""

import csv
import os
import random
import re
import sys

sys.dont_write_bytecode = True  # keep the tree free of __pycache__ when the templates are imported
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from templates import common, sales_en, sales_ru, sales_zh  # noqa: E402

SEED = 20250611


def _find_close(tpl, start, open_ch, close_ch):
    depth = 0
    for i in range(start, len(tpl)):
        if tpl[i] == open_ch:
            depth += 1
        elif tpl[i] == close_ch:
            depth -= 1
            if depth == 0:
                return i
    raise ValueError(f"unbalanced {open_ch} in template: {tpl!r}")


def _split_top(body):
    parts, depth, cur = [], 0, []
    for ch in body:
        if ch in "[{":
            depth += 1
        elif ch in "]}":
            depth -= 1
        if ch == "|" and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    return parts


def expand(tpl, slots, rng):
    """Expands `[a|b|]` alternatives (empty = optional) and `{slot}` references, recursively."""
    out, i = [], 0
    while i < len(tpl):
        ch = tpl[i]
        if ch == "[":
            j = _find_close(tpl, i, "[", "]")
            out.append(expand(rng.choice(_split_top(tpl[i + 1:j])), slots, rng))
            i = j + 1
        elif ch == "{":
            j = tpl.index("}", i)
            value = slots[tpl[i + 1:j]]
            out.append(expand(value(rng) if callable(value) else rng.choice(value), slots, rng))
            i = j + 1
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def pick_weighted(groups, rng, avoid=()):
    """groups: list of (weight, [templates]); returns (group index, template), avoiding group indexes in `avoid`."""
    allowed = [i for i in range(len(groups)) if i not in avoid] or list(range(len(groups)))
    total = sum(groups[i][0] for i in allowed)
    r = rng.random() * total
    for i in allowed:
        r -= groups[i][0]
        if r <= 0:
            return i, rng.choice(groups[i][1])
    return allowed[-1], rng.choice(groups[allowed[-1]][1])


_SPACE_FIXES = [
    (re.compile(r"\s+"), " "),
    (re.compile(r"\s+([,.!?:;…])"), r"\1"),
    (re.compile(r"([,;:])(?=[^\s\d\"»)/])"), r"\1 "),  # not inside "https://"
    (re.compile(r",\s*,"), ","),
    (re.compile(r"\.\s*\.(?!\.)"), "."),
    (re.compile(r"([!?])\s*\."), r"\1"),
    (re.compile(r"\.\s*([!?]+)"), r"\1"),
    (re.compile(r"\(\s+"), "("),
    (re.compile(r"\s+\)"), ")"),
]


def tidy(text):
    for rx, rep in _SPACE_FIXES:
        text = rx.sub(rep, text)
    return text.strip()


def join_parts(parts, keep_case_words=(), joiner=" "):
    """Joins message fragments; a fragment after a comma starts lower-case unless it is a name or acronym."""
    text = ""
    for part in parts:
        part = part.strip()
        if not part:
            continue
        if text and (text.rstrip().endswith((",", "—", ":")) or text.rstrip()[-1].isalnum()):
            first = part.split(" ", 1)[0].strip(",.!?:")
            if not (first.isupper() and len(first) > 1) and first not in keep_case_words:
                part = part[0].lower() + part[1:]
        elif not text or text.rstrip().endswith((".", "!", "?", "…", "。", "！", "？")):
            part = part[0].upper() + part[1:]
        text = (text + joiner + part) if text else part
    return tidy(text)


def skeleton(text):
    """Dedup key: ignores case, ё/е, digits, punctuation and emoji, so rows differ in wording."""
    t = text.lower().replace("ё", "е")
    t = re.sub(r"\d+", "#", t)
    t = re.sub(r"[^\w#]+", " ", t)
    return " ".join(t.split())


def add_typo(text, rng):
    words = text.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and not w.isupper()]
    if not idx:
        return text
    i = rng.choice(idx)
    w = words[i]
    k = rng.randrange(1, len(w) - 2)
    kind = rng.random()
    if kind < 0.5:
        w = w[:k] + w[k + 1] + w[k] + w[k + 2:]
    elif kind < 0.8:
        w = w[:k] + w[k + 1:]
    else:
        w = w[:k] + w[k] + w[k:]
    words[i] = w
    return " ".join(words)


def add_noise(text, rng, style):
    """Chat-style surface variation; never changes the label."""
    if style.get("yo") and rng.random() < style["yo"]:
        text = text.replace("ё", "е").replace("Ё", "Е")
    if rng.random() < style.get("typo", 0.0):
        text = add_typo(text, rng)
    if text and not text[:2].isupper() and rng.random() < style.get("lower", 0.0):
        text = text[0].lower() + text[1:]
    if text.endswith(".") and not text.endswith("..") and rng.random() < style.get("no_period", 0.0):
        text = text[:-1]
    emoji = style.get("emoji")
    if emoji and rng.random() < style.get("emoji_p", 0.0):
        text = text + " " + rng.choice(emoji)
    return text


class Dataset:
    """Collects unique rows for one CSV, label by label, from a generator function per label."""

    def __init__(self, filename, rng):
        self.filename = filename
        self.rng = rng
        self.rows = []
        self.seen = set()

    def fill(self, label, count, make, max_tries_per_row=400):
        made, tries = 0, 0
        while made < count:
            tries += 1
            if tries > count * max_tries_per_row:
                raise RuntimeError(f"{self.filename}: only {made}/{count} unique rows for label {label}")
            text = make(self.rng)
            key = skeleton(text)
            if not key or key in self.seen or len(text) > 400:
                continue
            self.seen.add(key)
            self.rows.append((text, label))
            made += 1

    def write(self):
        self.rng.shuffle(self.rows)
        path = os.path.join(HERE, self.filename)
        with open(path, "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
            w.writerow(["text", "label"])
            for text, label in self.rows:
                w.writerow([text, label])
        n = len(self.rows)
        ones = sum(1 for _, lab in self.rows if lab == 1)
        print(f"{self.filename:32s} rows={n:5d}  label1={ones:5d} ({ones / n:.1%})  "
              f"label0={n - ones:5d} ({(n - ones) / n:.1%})")


def make_maker(module, label):
    """Returns a function rng -> text for one label from the module's COMPOSE recipes.

    COMPOSE[label] is a list of (weight, recipe); a recipe is {"parts": [...], "noise": {...}} and each part is
    {"p": probability it is present, "groups": [(weight, [templates])]}.
    """
    recipes = module.COMPOSE[label]
    slots = dict(common.SLOTS)
    slots.update(getattr(module, "SLOTS", {}))
    keep_case = tuple(getattr(module, "KEEP_CASE", ())) + tuple(common.KEEP_CASE)
    total = sum(w for w, _ in recipes)

    def make(rng):
        r = rng.random() * total
        recipe = recipes[-1][1]
        for w, candidate in recipes:
            r -= w
            if r <= 0:
                recipe = candidate
                break
        parts, used = [], {}
        for step in recipe["parts"]:
            if rng.random() >= step.get("p", 1.0):
                continue
            # a second fragment from the same list comes from a different group, so messages do not repeat themselves
            avoid = used.setdefault(id(step["groups"]), set())
            index, template = pick_weighted(step["groups"], rng, avoid)
            avoid.add(index)
            parts.append(expand(template, slots, rng))
        text = join_parts(parts, keep_case, getattr(module, "JOINER", " "))
        if hasattr(module, "postprocess"):
            text = module.postprocess(text)
        return add_noise(text, rng, recipe.get("noise", {}))

    return make


def build(filename, module, counts, seed_offset):
    rng = random.Random(SEED + seed_offset)
    ds = Dataset(filename, rng)
    for label, count in counts:
        ds.fill(label, count, make_maker(module, label))
    ds.write()


def main():
    build("sales-intent.ru.csv", sales_ru, [(1, 960), (0, 1440)], 5)
    build("sales-intent.en.csv", sales_en, [(1, 960), (0, 1440)], 6)
    build("sales-intent.zh.csv", sales_zh, [(1, 400), (0, 600)], 7)


if __name__ == "__main__":
    main()
