"""Parses a MIME message with Python's email package and prints its structure as JSON.

Usage: check_eml.py MESSAGE TEXT HTML DOCBOOK. Each part is decoded and compared with the
renderer's file: text parts after turning CRLF (MIME's canonical line break) back into LF,
the attachment byte for byte."""
import json
import sys
from email import policy
from email.parser import BytesParser

raw = open(sys.argv[1], "rb").read()
message = BytesParser(policy=policy.default).parsebytes(raw)
expected = [open(path, "rb").read() for path in sys.argv[2:5]]
parts = []
for part in message.walk():
    entry = {"type": part.get_content_type(), "defects": [str(d) for d in part.defects]}
    if not part.is_multipart():
        body = part.get_payload(decode=True)
        entry["filename"] = part.get_filename()
        entry["charset"] = part.get_content_charset()
        entry["encoding"] = part.get("Content-Transfer-Encoding")
        entry["body"] = body
    parts.append(entry)
leaves = [p for p in parts if "body" in p]
matches = []
for leaf, want in zip(leaves, expected):
    body = leaf.pop("body")
    if leaf["type"].startswith("text/"):
        body = body.replace(b"\r\n", b"\n")
    matches.append(body == want)
for leaf in leaves[len(expected):]:
    leaf.pop("body")
print(json.dumps({
    "from": str(message["From"]), "to": str(message["To"]), "subject": str(message["Subject"]),
    "date": str(message["Date"]), "messageID": str(message["Message-ID"]), "mimeVersion": str(message["MIME-Version"]),
    "dateParsed": message["Date"].datetime is not None,
    "defects": [str(d) for d in message.defects],
    "parts": parts, "matches": matches,
    "longestLine": max(len(line) for line in raw.split(b"\r\n")),
    "bareLineFeeds": b"\n" in raw.replace(b"\r\n", b""),
    "headerNames": list(message.keys()),
}))
