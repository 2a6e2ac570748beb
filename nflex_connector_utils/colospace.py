"""The documented module name ``colospace``: the same :class:`ColoSpace` as ``colo_space``."""

from nflex_connector_utils.colo_space import ColoSpace

__all__ = ["ColoSpace"]
