"""Typing names that moved into the standard library after Python 3.10."""

import sys

if sys.version_info >= (3, 11):
    from typing import NotRequired, Required, Unpack
else:  # pragma: no cover - exercised on Python 3.10 only
    from typing_extensions import NotRequired, Required, Unpack

__all__ = ["NotRequired", "Required", "Unpack"]
