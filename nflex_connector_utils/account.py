"""The CMP account a connector reports for: :class:`Account`."""

from __future__ import annotations

from nflex_core import models
from nflex_core.jsontypes import JSONObject
from nflex_core.registry import serialize_account

from nflex_connector_utils.context import ApiContext
from nflex_connector_utils.errors import CmpApiError
from nflex_connector_utils.metadata import Metadata

__all__ = ["Account"]


class Account:
    """An account, with account-level metadata.

    Args:
        id: The account id.
        metadata: :class:`~nflex_connector_utils.metadata.Metadata` of the account.
    """

    __slots__ = ("_id", "_metadata")

    def __init__(self, id: str | None = None, metadata: Metadata | None = None) -> None:
        if metadata is not None and not isinstance(metadata, Metadata):
            raise TypeError(
                f"Account.metadata must be a Metadata or None, got {metadata!r} "
                f"({type(metadata).__name__})"
            )
        self._id = id
        self._metadata = metadata
        _ = self.core  # check the id now, not at the first serialize()

    @property
    def core(self) -> models.Account:
        """The contents as an immutable ``nflex_core.Account``."""
        return models.Account(
            id=self._id, metadata=None if self._metadata is None else self._metadata.core
        )

    def serialize(self) -> JSONObject:
        """Serialize the contents: ``id`` when not empty, ``metadata`` when given."""
        return serialize_account(self.core)

    def update(self, context: ApiContext, account_id: str | None) -> None:
        """Send the account to CMP (``PATCH /accounts/<account_id>/resource``).

        Does nothing when ``account_id`` or ``context.module_id`` is None (a local run).

        Raises:
            CmpApiError: When CMP does not answer 200; the message contains
                ``Got bad response from account API: <status>, <body>``.
        """
        if account_id is None or context.module_id is None:
            return
        path = f"/accounts/{account_id}/resource"
        response = context.api.patch(path=path, data=self.serialize())
        if response.status_code != 200:
            raise CmpApiError("account", response.status_code, response.text, "PATCH", path)

    def __repr__(self) -> str:
        return f"Account({self.serialize()!r})"
