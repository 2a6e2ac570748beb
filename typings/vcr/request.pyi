# Stubs for vcr.request (vcrpy ships no type information).
from collections.abc import MutableMapping

class Request:
    method: str
    uri: str
    body: bytes | str | None
    headers: MutableMapping[str, str]
    def __init__(
        self, method: str, uri: str, body: bytes | str | None, headers: MutableMapping[str, str]
    ) -> None: ...
