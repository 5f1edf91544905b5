"""What the contract (openapi.yaml) states in words where JSON Schema cannot, for schemathesis's
generated requests (server/schemathesis.toml; `cargo xtask test` runs it). Nothing here filters
what schemathesis generates: every rule JSON Schema can state is in openapi.yaml (a blank
answer to a required question, an empty file), and these only supply what a schema cannot:

- the values of the two formats it names: `past-date` (not after today in Riga) and
  `lv-personal-code` (the check digit), made valid as they are generated;
- an upload's bytes are a file of the kind its name says (`FileBytes`);
- a submission's attachment ids are uploads that no submission has taken: each generated id
  is uploaded first, and the id the server gives replaces it;
- every submission gets its own Idempotency-Key, derived from its body, so that a generated
  request is judged on its answers and not answered 409 for a key an earlier one used (the
  same body still gets the same key: a repeated request is a retry, as in the app).

Everything here is deterministic, so that a run sends the same requests every time.
"""

import datetime
import hashlib
import io
import json
import os
import re
import urllib.request
import zipfile

import schemathesis
from hypothesis import strategies as st

WEIGHTS = [1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def check_digit(first_ten):
    check = (1101 - sum(int(d) * w for d, w in zip(first_ten, WEIGHTS))) % 11
    return None if check == 10 else str(check)


def personal_code(parts):
    """A valid code from any draw: where the first ten digits would need a check digit of 10
    (no such code is issued), the serial number's last digit moves on until they do not."""
    new_format, n, birth, hyphen = parts
    for step in range(10):
        serial = (n + step) % 100_000_000
        if new_format:
            first_ten = f"32{serial:08d}"
        else:
            century = {1800: 0, 1900: 1, 2000: 2}[birth.year // 100 * 100]
            first_ten = f"{birth:%d%m}{birth.year % 100:02d}{century}{serial % 1000:03d}"
        digit = check_digit(first_ten)
        if digit is not None:
            code = first_ten + digit
            return f"{code[:6]}-{code[6:]}" if hyphen else code
    raise AssertionError("ten serial numbers in a row without a check digit")


# Two days before today in UTC: "today in Riga" is never earlier than that.
LAST_PAST_DATE = datetime.date.today() - datetime.timedelta(days=2)

schemathesis.openapi.format(
    "past-date", st.dates(datetime.date(1900, 1, 1), LAST_PAST_DATE).map(lambda d: d.isoformat())
)
schemathesis.openapi.format(
    "lv-personal-code",
    st.tuples(
        st.booleans(),
        st.integers(0, 99_999_999),
        st.dates(datetime.date(1900, 1, 1), LAST_PAST_DATE),
        st.booleans(),
    )
    .map(personal_code),
)


def container(entries):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as z:
        for name, content in entries:
            z.writestr(name, content)
    return out.getvalue()


PDF = b"%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
FILES = {
    "pdf": PDF,
    "jpg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00",
    "jpeg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00",
    "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    "docx": container([("[Content_Types].xml", b"<Types/>")]),
    "edoc": container([("mimetype", b"application/vnd.etsi.asic-e+zip"), ("a.pdf", PDF), ("META-INF/signatures0.xml", b"<x/>")]),
    "asice": container([("mimetype", b"application/vnd.etsi.asic-e+zip"), ("a.pdf", PDF), ("META-INF/signatures0.xml", b"<x/>")]),
}

ATTACHMENT_ID = re.compile(r"^att_[0-9a-f]{32}$")
KEY = re.compile(r"^[A-Za-z0-9_-]{16,128}$")
FILES_FIELDS = ("documents", "representation-proof")


def base_url():
    return os.environ["DVI_BASE_URL"].rstrip("/")


def upload(key):
    """Uploads a PDF under `key` (the same key gives the same id on a later run of the case)."""
    request = urllib.request.Request(
        f"{base_url()}/api/attachments",
        data=PDF,
        method="POST",
        headers={"X-File-Name": "document.pdf", "Idempotency-Key": key, "Content-Type": "application/pdf"},
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.load(response)["id"]


def body_key(body):
    return hashlib.sha256(json.dumps(body, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:40]


@schemathesis.hook
def before_call(context, case, **kwargs):
    positive = case.meta is None or case.meta.generation.mode.is_positive
    if case.path == "/api/attachments" and case.method.upper() == "POST" and positive:
        name = str(case.headers.get("X-File-Name", ""))
        extension = name.rsplit(".", 1)[-1].lower()
        if extension in FILES:
            case.body = FILES[extension]
            case.media_type = "application/octet-stream"
    if case.path == "/api/submissions" and case.method.upper() == "POST" and isinstance(case.body, dict):
        answers = case.body.get("answers")
        if isinstance(answers, dict):
            seed = body_key(case.body)
            for field in FILES_FIELDS:
                ids = answers.get(field)
                if isinstance(ids, list) and all(isinstance(i, str) and ATTACHMENT_ID.match(i) for i in ids):
                    answers[field] = [upload(f"{seed}-{field}-{n}") for n, _ in enumerate(ids)]
        key = case.headers.get("Idempotency-Key") if case.headers else None
        if isinstance(key, str) and KEY.match(key):
            case.headers["Idempotency-Key"] = body_key(case.body)
