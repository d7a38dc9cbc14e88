#!/usr/bin/env python3
"""Summarise a folder of .txt articles with sumy's LexRank, for Benchmarks/compare.sh.

sumy's own Tokenizer needs NLTK's punkt data, which cannot be downloaded here, so this
driver hands sumy a RegexTokenizer: sentences end at . ! ? followed by space and a capital
or quote; words are runs of letters, digits and apostrophes. Usage:
    sumy_lexrank.py FOLDER [SENTENCES]
"""
import pathlib
import re
import sys

from sumy.nlp.stemmers import Stemmer
from sumy.parsers.plaintext import PlaintextParser
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.utils import get_stop_words


class RegexTokenizer:
    """Sentence and word splitting by regular expressions; needs no NLTK data."""

    language = "english"
    _sentence_end = re.compile(r"(?<=[.!?])[\"'\u201d\u2019]?\s+(?=[\"'\u201c\u2018]?[A-Z0-9])")
    _word = re.compile(r"[A-Za-z0-9][A-Za-z0-9'\u2019]*")

    def to_sentences(self, paragraph):
        return [s.strip() for s in self._sentence_end.split(paragraph) if s.strip()]

    def to_words(self, sentence):
        return self._word.findall(sentence)


def main():
    folder = pathlib.Path(sys.argv[1])
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt")))
    parser = PlaintextParser.from_string(text, RegexTokenizer())
    summarizer = LexRankSummarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    for sentence in summarizer(parser.document, count):
        print(sentence)


if __name__ == "__main__":
    main()
