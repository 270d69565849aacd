"""A text statistics tool: word and sentence tokenizing, frequency tables,
n-grams, readability scores (Flesch), a concordance (keyword in context),
line wrapping and justification, and a comparison of two texts by cosine
similarity of their word vectors."""
import math
import string
from collections import Counter

TEXT_A = """\
It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was
the epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair. We had
everything before us, we had nothing before us; we were all going direct to
Heaven, we were all going direct the other way. In short, the period was so
far like the present period, that some of its noisiest authorities insisted
on its being received, for good or for evil, in the superlative degree of
comparison only!"""

TEXT_B = """\
Call me Ishmael. Some years ago - never mind how long precisely - having
little or no money in my purse, and nothing particular to interest me on
shore, I thought I would sail about a little and see the watery part of the
world. It is a way I have of driving off the spleen and regulating the
circulation. Whenever I find myself growing grim about the mouth; whenever it
is a damp, drizzly November in my soul; then, I account it high time to get
to sea as soon as I can. Is it not strange? It is!"""

STOPWORDS = set("a an and the of it was to in i is we on for or as my me".split())


def words(text):
    table = str.maketrans({c: " " for c in string.punctuation if c != "'"})
    return [w.strip("'").lower() for w in text.translate(table).split() if w.strip("'")]


def sentences(text):
    out, current = [], []
    for token in text.replace("\n", " ").split(" "):
        if not token:
            continue
        current.append(token)
        if token[-1] in ".!?":
            out.append(" ".join(current))
            current = []
    if current:
        out.append(" ".join(current))
    return out


def syllables(word):
    word = word.lower()
    vowels = "aeiouy"
    count, prev = 0, False
    for ch in word:
        is_vowel = ch in vowels
        if is_vowel and not prev:
            count += 1
        prev = is_vowel
    if word.endswith("e") and count > 1 and not word.endswith("le"):
        count -= 1
    return max(count, 1)


def flesch(text):
    ws = words(text)
    ss = sentences(text)
    syl = sum(syllables(w) for w in ws)
    score = 206.835 - 1.015 * (len(ws) / len(ss)) - 84.6 * (syl / len(ws))
    if score >= 90:
        level = "very easy"
    elif score >= 70:
        level = "easy"
    elif score >= 50:
        level = "fairly difficult"
    elif score >= 30:
        level = "difficult"
    else:
        level = "very difficult"
    return round(score, 1), level


def ngrams(seq, n):
    return zip(*(seq[i:] for i in range(n)))


def concordance(text, keyword, width=22):
    flat = " ".join(text.split())
    lower = flat.lower()
    out, start = [], 0
    while (i := lower.find(keyword, start)) != -1:
        left = flat[max(0, i - width):i].rjust(width)
        right = flat[i + len(keyword):i + len(keyword) + width].ljust(width)
        out.append(f"{left}[{flat[i:i + len(keyword)]}]{right}")
        start = i + 1
    return out


def wrap(text, width):
    lines, line = [], []
    for w in text.split():
        if line and len(" ".join(line + [w])) > width:
            lines.append(line)
            line = []
        line.append(w)
    if line:
        lines.append(line)
    return lines


def justify(line, width):
    if len(line) == 1:
        return line[0]
    gaps = len(line) - 1
    spaces = width - sum(len(w) for w in line)
    q, r = divmod(spaces, gaps)
    return "".join(w + " " * (q + (1 if i < r else 0)) for i, w in enumerate(line[:-1])) + line[-1]


def cosine(a, b):
    va, vb = Counter(words(a)), Counter(words(b))
    for v in (va, vb):
        for s in STOPWORDS:
            v.pop(s, None)
    dot = sum(va[w] * vb[w] for w in va.keys() & vb.keys())
    norm = math.sqrt(sum(c * c for c in va.values())) * math.sqrt(sum(c * c for c in vb.values()))
    return dot / norm if norm else 0.0


def report(name, text):
    ws = words(text)
    ss = sentences(text)
    counts = Counter(ws)
    content = Counter({w: c for w, c in counts.items() if w not in STOPWORDS})
    print(f"=== {name} ===")
    print(f"characters {len(text)}, letters {sum(c.isalpha() for c in text)}, "
          f"words {len(ws)}, unique {len(counts)}, sentences {len(ss)}")
    print(f"average word length {sum(map(len, ws)) / len(ws):.2f}, "
          f"longest word {max(ws, key=lambda w: (len(w), w))!r}")
    print(f"longest sentence ({len(max(ss, key=len).split())} words): {max(ss, key=len)[:60]}...")
    print("top words:", ", ".join(f"{w}({c})" for w, c in counts.most_common(5)))
    print("top content words:", ", ".join(f"{w}({c})" for w, c in sorted(content.items(), key=lambda kv: (-kv[1], kv[0]))[:5]))
    bigrams = Counter(ngrams(ws, 2))
    print("top bigrams:", [" ".join(b) for b, _ in bigrams.most_common(3)])
    print("Flesch reading ease: %.1f (%s)" % flesch(text))
    lengths = Counter(len(w) for w in ws)
    for n in sorted(lengths):
        print(f"  {n:2d} letters | {'*' * lengths[n]:<30} {lengths[n]}")
    letters = Counter(c for c in text.lower() if c.isalpha())
    print("letter frequencies:", "".join(c for c, _ in sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))))


if __name__ == "__main__":
    report("A Tale of Two Cities", TEXT_A)
    report("Moby-Dick", TEXT_B)
    print()
    for line in concordance(TEXT_A, "it was"):
        print(line)
    print()
    for line in wrap(TEXT_B, 44):
        print("|" + justify(line, 44) + "|")
    print()
    print(f"similarity A/B {cosine(TEXT_A, TEXT_B):.4f}, A/A {cosine(TEXT_A, TEXT_A):.4f}")
    print(f"syllables: {[(w, syllables(w)) for w in ['little', 'time', 'season', 'foolishness', 'the']]}")
