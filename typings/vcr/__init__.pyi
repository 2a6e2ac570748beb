# Stubs for the part of vcrpy this project uses (vcrpy ships no type information).
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from typing import Any

from vcr.cassette import Cassette

__all__ = ["VCR", "use_cassette"]

class VCR:
    def __init__(
        self,
        *,
        serializer: str = ...,
        cassette_library_dir: str | None = ...,
        record_mode: str = ...,
        match_on: Iterable[str] = ...,
        filter_headers: Iterable[str | tuple[str, Any]] = ...,
        filter_query_parameters: Iterable[str | tuple[str, Any]] = ...,
        filter_post_data_parameters: Iterable[str | tuple[str, Any]] = ...,
        before_record_request: Callable[[Any], Any] | None = ...,
        before_record_response: Callable[[Any], Any] | None = ...,
        decode_compressed_response: bool = ...,
        **kwargs: Any,
    ) -> None: ...
    def use_cassette(
        self, path: str = ..., **kwargs: Any
    ) -> AbstractContextManager[Cassette]: ...

def use_cassette(path: str = ..., **kwargs: Any) -> AbstractContextManager[Cassette]: ...
