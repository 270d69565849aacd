"""A small Markdown-to-HTML converter: headings, paragraphs, emphasis,
inline code, links, ordered and unordered lists with nesting, block quotes,
fenced code blocks and horizontal rules; HTML escaping; a table of contents."""

DOC = """\
# Atoll notes

Atoll is an *interpreter* for a **practical subset** of Python, written in `C`.
See [the spec](https://example.org/spec?a=1&b=2) for details.

## Features

- islands with their own objects
- channels:
  - rendezvous
  - buffered
- a *fast* dispatch loop

1. build with `cmake`
2. run `ctest`
3. read the **report**

> Quotes can span
> several lines, and hold *emphasis*.

```
def add(a, b):
    return a < b and "<tag>"
```

---

## Edge cases & escaping

Text with <angle brackets>, ampersands & "quotes".
Unclosed *emphasis stays literal.
"""


def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def find_closing(text, i, marker):
    j = text.find(marker, i)
    return j if j > i else -1


def inline(text):
    """Code spans, strong, emphasis and links, scanned left to right; a
    marker without its closing partner stays literal."""
    out, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch == "`":
            j = find_closing(text, i + 1, "`")
            if j >= 0:
                out.append(f"<code>{escape(text[i + 1:j])}</code>")
                i = j + 1
                continue
        elif text.startswith("**", i):
            j = find_closing(text, i + 2, "**")
            if j >= 0:
                out.append(f"<strong>{inline(text[i + 2:j])}</strong>")
                i = j + 2
                continue
        elif ch == "*":
            j = find_closing(text, i + 1, "*")
            if j >= 0:
                out.append(f"<em>{inline(text[i + 1:j])}</em>")
                i = j + 1
                continue
        elif ch == "[":
            close = text.find("](", i)
            end = text.find(")", close + 2) if close >= 0 else -1
            if close >= 0 and end >= 0:
                out.append(f'<a href="{escape(text[close + 2:end])}">{inline(text[i + 1:close])}</a>')
                i = end + 1
                continue
        out.append(escape(ch))
        i += 1
    return "".join(out)


def slug(title):
    kept = "".join(c if c.isalnum() else "-" for c in title.lower())
    while "--" in kept:
        kept = kept.replace("--", "-")
    return kept.strip("-")


class Converter:
    def __init__(self):
        self.out = []
        self.toc = []
        self.paragraph = []
        self.list_stack = []     # (indent, tag)

    def flush_paragraph(self):
        if self.paragraph:
            self.out.append("<p>" + inline(" ".join(self.paragraph)) + "</p>")
            self.paragraph = []

    def close_lists(self, indent=-1):
        while self.list_stack and self.list_stack[-1][0] > indent:
            _, tag = self.list_stack.pop()
            self.out.append("  " * len(self.list_stack) + f"</{tag}>")

    def list_item(self, indent, tag, text):
        self.flush_paragraph()
        self.close_lists(indent)
        if not self.list_stack or self.list_stack[-1][0] < indent:
            self.out.append("  " * len(self.list_stack) + f"<{tag}>")
            self.list_stack.append((indent, tag))
        elif self.list_stack[-1][1] != tag:
            self.close_lists(indent - 1)
            self.out.append("  " * len(self.list_stack) + f"<{tag}>")
            self.list_stack.append((indent, tag))
        self.out.append("  " * len(self.list_stack) + f"<li>{inline(text)}</li>")

    def convert(self, text):
        lines = text.splitlines()
        i = 0
        while i < len(lines):
            line = lines[i]
            stripped = line.strip()
            indent = len(line) - len(line.lstrip())
            if stripped.startswith("```"):
                self.flush_paragraph()
                self.close_lists()
                j = i + 1
                while j < len(lines) and not lines[j].strip().startswith("```"):
                    j += 1
                code = "\n".join(escape(l) for l in lines[i + 1:j])
                self.out.append(f"<pre><code>{code}</code></pre>")
                i = j + 1
                continue
            if not stripped:
                self.flush_paragraph()
                self.close_lists()
            elif stripped.startswith("#"):
                self.flush_paragraph()
                self.close_lists()
                level = len(stripped) - len(stripped.lstrip("#"))
                title = stripped[level:].strip()
                self.toc.append((level, title))
                self.out.append(f'<h{level} id="{slug(title)}">{inline(title)}</h{level}>')
            elif stripped in ("---", "***"):
                self.flush_paragraph()
                self.out.append("<hr>")
            elif stripped.startswith(("- ", "* ")):
                self.list_item(indent, "ul", stripped[2:])
            elif stripped.split(".", 1)[0].isdigit() and stripped.split(".", 1)[1:2] and stripped.split(".", 1)[1].startswith(" "):
                self.list_item(indent, "ol", stripped.split(".", 1)[1].strip())
            elif stripped.startswith(">"):
                self.flush_paragraph()
                quoted = []
                while i < len(lines) and lines[i].strip().startswith(">"):
                    quoted.append(lines[i].strip()[1:].strip())
                    i += 1
                self.out.append("<blockquote>" + inline(" ".join(quoted)) + "</blockquote>")
                continue
            else:
                if self.list_stack and indent > 0:
                    self.out[-1] = self.out[-1][:-5] + " " + inline(stripped) + "</li>"
                else:
                    self.close_lists()
                    self.paragraph.append(stripped)
            i += 1
        self.flush_paragraph()
        self.close_lists()
        return "\n".join(self.out)

    def table_of_contents(self):
        lines = []
        for level, title in self.toc:
            lines.append("  " * (level - 1) + f"* {title} (#{slug(title)})")
        return "\n".join(lines)


if __name__ == "__main__":
    conv = Converter()
    html = conv.convert(DOC)
    print(html)
    print()
    print(conv.table_of_contents())
    print()
    stats = {}
    for line in html.splitlines():
        if line.lstrip().startswith("<"):
            tag = line.lstrip()[1:].split(">")[0].split(" ")[0]
            stats[tag] = stats.get(tag, 0) + 1
    print(sorted(stats.items()))
    for sample in ["*a* and **b** and `c<d>`", "[x](y) [broken](", "** alone", "a & b < c"]:
        print(f"{sample!r} -> {inline(sample)!r}")
