#!/usr/bin/env python3
"""Builds a large synthetic news corpus for the ingest benchmark from ../shared/data/news/news.jsonl.

Article i is a copy of source article i mod S (S = number of source articles) with the id
"<source id>~<i // S>", the same title and date, and its sentences shuffled by a generator seeded
with i (copy 0 keeps the original order), so every copy has a distinct text and content hash.
Deterministic: the same arguments give the same file. Writes to stdout or -o; never commit the
output (it holds BBC text).

    python3 make-corpus.py ../shared/data/news/news.jsonl 100000 -o /tmp/news-100k.jsonl
"""
import argparse
import json
import random
import re
import sys

SENTENCE_END = re.compile(r'(?<=[.!?"])\s+(?=[A-Z"\u201c])')


def sentences(text):
    out = []
    for paragraph in text.split("\n"):
        paragraph = paragraph.strip()
        if paragraph:
            out.extend(s for s in SENTENCE_END.split(paragraph) if s.strip())
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", help="news.jsonl")
    parser.add_argument("count", type=int, help="articles to write")
    parser.add_argument("-o", "--output", help="output file (default: stdout)")
    args = parser.parse_args()
    with open(args.source, encoding="utf-8") as f:
        source = [json.loads(line) for line in f if line.strip()]
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    words = 0
    for i in range(args.count):
        article = source[i % len(source)]
        copy = i // len(source)
        parts = sentences(article["text"])
        if copy > 0:
            random.Random(i).shuffle(parts)
        text = " ".join(parts)
        words += len(text.split())
        record = {"id": f"{article['id']}~{copy}", "title": article.get("title", ""), "text": text}
        if "date" in article:
            record["date"] = article["date"]
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    if args.output:
        out.close()
    print(f"{args.count} articles, {words} words", file=sys.stderr)


if __name__ == "__main__":
    main()
