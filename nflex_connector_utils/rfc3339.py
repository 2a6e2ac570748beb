"""RFC 3339 timestamps: :func:`convert_datetime`, as documented."""

from nflex_core.timestamps import convert_datetime

__all__ = ["convert_datetime"]
