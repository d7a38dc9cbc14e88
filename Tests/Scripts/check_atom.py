"""Parses an Atom feed with feedparser and prints what the tests check, as JSON."""
import json
import sys

import feedparser

feed = feedparser.parse(sys.argv[1])
print(json.dumps({
    "bozo": bool(feed.bozo),
    "error": str(feed.get("bozo_exception", "")),
    "version": feed.version,
    "title": feed.feed.get("title"),
    "id": feed.feed.get("id"),
    "entries": [{"title": e.get("title"), "link": e.get("link"), "id": e.get("id"), "updated": e.get("updated"),
                 "summary": e.get("summary")} for e in feed.entries],
}))
