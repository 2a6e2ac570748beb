"""nflex_connector_utils: build CMP resources in connector code.

Each class holds an immutable :mod:`nflex_core` value and serializes through the core's
registry; this package adds the documented object-oriented API, the clock for
``last_seen_at`` and the I/O with CMP.
"""

from nflex_core.checks import NflexInputWarning

from nflex_connector_utils.account import Account
from nflex_connector_utils.appliance import Appliance
from nflex_connector_utils.circuit import Circuit
from nflex_connector_utils.colo_space import ColoSpace
from nflex_connector_utils.compute_pool import ComputePool
from nflex_connector_utils.connections import Connections
from nflex_connector_utils.client import CmpClient
from nflex_connector_utils.errors import (
    CmpApiError,
    CmpConnectionError,
    CmpError,
    ConnectorError,
    InsufficientPermission,
    InvalidCredentials,
    NoBillingReport,
    SpendError,
)
from nflex_connector_utils.image_detail import ImageDetail, ImageDetailMap
from nflex_connector_utils.ip_address import IPAddress, IpAddress
from nflex_connector_utils.local import LocalContext, OfflineApi
from nflex_connector_utils.locations import Locations, Region
from nflex_connector_utils.logger import Logger
from nflex_connector_utils.metadata import Metadata
from nflex_connector_utils.network import Network
from nflex_connector_utils.parser import (
    CaseExpressionParser,
    ExpressionParser,
    MetricMappingError,
    ParsedEntry,
    SimpleExpressionParser,
    TernaryExpressionParser,
    VariableLookupError,
    load_metric_mapping,
)
from nflex_connector_utils.resource import Resource
from nflex_connector_utils.rfc3339 import convert_datetime
from nflex_connector_utils.saas_user import SaaSUser, SaasUser
from nflex_connector_utils.server import Server
from nflex_connector_utils.service_offering import ServiceOffering
from nflex_connector_utils.tasks import set_task_percentage
from nflex_connector_utils.tools import serialize_list, setup_time_interval, vcr_cassette_context
from nflex_connector_utils.volume import Volume

__all__ = [
    "Account",
    "Appliance",
    "CaseExpressionParser",
    "Circuit",
    "CmpApiError",
    "CmpClient",
    "CmpConnectionError",
    "CmpError",
    "ColoSpace",
    "ComputePool",
    "Connections",
    "ConnectorError",
    "ExpressionParser",
    "IPAddress",
    "ImageDetail",
    "ImageDetailMap",
    "InsufficientPermission",
    "InvalidCredentials",
    "IpAddress",
    "LocalContext",
    "Locations",
    "Logger",
    "Metadata",
    "MetricMappingError",
    "Network",
    "NflexInputWarning",
    "NoBillingReport",
    "OfflineApi",
    "ParsedEntry",
    "Region",
    "Resource",
    "SaaSUser",
    "SaasUser",
    "Server",
    "ServiceOffering",
    "SimpleExpressionParser",
    "SpendError",
    "TernaryExpressionParser",
    "VariableLookupError",
    "Volume",
    "convert_datetime",
    "load_metric_mapping",
    "serialize_list",
    "set_task_percentage",
    "setup_time_interval",
    "vcr_cassette_context",
]
