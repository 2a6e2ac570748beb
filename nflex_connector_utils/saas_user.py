"""Users of SaaS products: :class:`SaaSUser` (also importable as ``SaasUser``): :class:`SaaSUser`."""

from __future__ import annotations

from nflex_core import models

from nflex_connector_utils._compat import Unpack
from nflex_connector_utils.resource import ResourceArgs, ResourceBase, base_fields

__all__ = ["SaaSUser", "SaasUser"]


class SaaSUser(ResourceBase):
    """A SaaS user.

    Args:
        avatar_url: The avatar URL of the user.
        phone: Phone number.
        address: Address.
        language: Preferred language.
        is_active: Whether the user is active.
        disk_quota_b: Storage allocated to the user, in bytes.
        disk_used_b: Storage used by the user, in bytes.
        email: E-mail address.
        country: Country.
        **kwargs: The common resource arguments, see
            :class:`~nflex_connector_utils.resource.Resource`.
    """

    __slots__ = ()
    core: models.SaasUser

    def __init__(
        self,
        avatar_url: str | None = None,
        phone: str | None = None,
        address: str | None = None,
        language: str | None = None,
        is_active: bool | None = None,
        disk_quota_b: models.Size | None = None,
        disk_used_b: models.Size | None = None,
        email: str | None = None,
        country: str | None = None,
        **kwargs: Unpack[ResourceArgs],
    ) -> None:
        self._init(
            models.SaasUser(
                **base_fields("SaaSUser", kwargs),
                avatar_url=avatar_url,
                phone=phone,
                address=address,
                language=language,
                is_active=is_active,
                disk_quota_b=disk_quota_b,
                disk_used_b=disk_used_b,
                email=email,
                country=country,
            ),
            kwargs,
        )


SaasUser = SaaSUser
"""The spelling existing connectors import."""
