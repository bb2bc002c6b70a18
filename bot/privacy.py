"""Personal data: masking identifiers in questions, pseudonymous user keys.

Raw Telegram ids, names and usernames are never stored: a user is a keyed
hash (HMAC-SHA256) of the id, with a secret kept outside the database.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import re
import secrets
from pathlib import Path

log = logging.getLogger(__name__)

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
_URL_WITH_QUERY = re.compile(r"https?://\S+\?\S+")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){3,7}(?:[ ]?[A-Z0-9]{1,4})?\b")
# French and international phone numbers: 06 12 34 56 78, +33 6 12..., 0612345678.
_PHONE = re.compile(r"(?<![\w+])(?:\+\d{1,3}[ .-]?\(?0?\)?[ .-]?|0)[1-9](?:[ .-]?\d{2}){4}(?!\w)")
# Long digit runs: social security, SIRET, bank or file numbers.
_LONG_NUMBER = re.compile(r"(?<!\w)\d(?:[ .-]?\d){8,}(?!\w)")

MASKS = (
    (_EMAIL, "[email]"),
    (_URL_WITH_QUERY, "[lien]"),
    (_IBAN, "[iban]"),
    (_PHONE, "[téléphone]"),
    (_LONG_NUMBER, "[numéro]"),
)


def mask_personal_data(text: str) -> str:
    """The text with e-mail addresses, phone numbers and similar identifiers masked."""
    for pattern, replacement in MASKS:
        text = pattern.sub(replacement, text)
    return text


def load_or_create_secret(configured: str | None, path: Path) -> bytes:
    """The pseudonymisation secret: from configuration, or a file created once."""
    if configured:
        return configured.encode("utf-8")
    if path.exists():
        return path.read_bytes().strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    secret = secrets.token_hex(32).encode("ascii")
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(secret)
    log.warning("Secret de pseudonymisation créé dans %s : conservez-le hors de la base.", path)
    return secret


def pseudonymous_key(secret: bytes, user_id: int | str) -> str:
    """Stable, non-reversible key of a user (the same user gets the same key)."""
    return hmac.new(secret, str(user_id).encode("utf-8"), hashlib.sha256).hexdigest()[:24]
