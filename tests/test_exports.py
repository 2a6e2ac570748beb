"""The public names: the documented module paths and the packages' __all__."""

from __future__ import annotations

import importlib

import pytest

import nflex_connector_utils
import nflex_core

DOCUMENTED = {
    "nflex_connector_utils.account": ["Account"],
    "nflex_connector_utils.appliance": ["Appliance"],
    "nflex_connector_utils.circuit": ["Circuit"],
    "nflex_connector_utils.colo_space": ["ColoSpace"],
    "nflex_connector_utils.colospace": ["ColoSpace"],
    "nflex_connector_utils.compute_pool": ["ComputePool"],
    "nflex_connector_utils.connections": ["Connections"],
    "nflex_connector_utils.image_detail": ["ImageDetail", "ImageDetailMap"],
    "nflex_connector_utils.ip_address": ["IpAddress", "IPAddress"],
    "nflex_connector_utils.locations": ["Locations", "Region"],
    "nflex_connector_utils.metadata": ["Metadata"],
    "nflex_connector_utils.network": ["Network"],
    "nflex_connector_utils.resource": ["Resource"],
    "nflex_connector_utils.rfc3339": ["convert_datetime"],
    "nflex_connector_utils.saas_user": ["SaaSUser", "SaasUser"],
    "nflex_connector_utils.server": ["Server"],
    "nflex_connector_utils.service_offering": ["ServiceOffering"],
    "nflex_connector_utils.tasks": ["set_task_percentage"],
    "nflex_connector_utils.tools": ["serialize_list", "vcr_cassette_context"],
    "nflex_connector_utils.volume": ["Volume"],
    "nflex_connector_utils.errors": [
        "CmpApiError", "InvalidCredentials", "InsufficientPermission", "NoBillingReport",
        "SpendError",
    ],
    "nflex_connector_utils.client": ["CmpClient"],
    "nflex_connector_utils.local": ["LocalContext", "OfflineApi"],
    "nflex_connector_utils.logger": ["Logger"],
    "nflex_connector_utils.parser": [
        "load_metric_mapping", "ParsedEntry", "VariableLookupError", "ExpressionParser",
        "TernaryExpressionParser", "CaseExpressionParser", "SimpleExpressionParser",
    ],
}


@pytest.mark.parametrize(("module", "names"), sorted(DOCUMENTED.items()))
def test_documented_module_paths(module: str, names: list[str]) -> None:
    """Every module and name of the documentation's index exists, and the package exports it."""
    loaded = importlib.import_module(module)
    for name in names:
        assert getattr(loaded, name) is getattr(nflex_connector_utils, name)


def test_facade_exports() -> None:
    """The façade's __all__ is pinned and sorted."""
    assert nflex_connector_utils.__all__ == sorted(nflex_connector_utils.__all__)
    assert set(nflex_connector_utils.__all__) == {
        "Account", "Appliance", "Circuit", "CmpApiError", "CmpClient", "CmpConnectionError",
        "CmpError", "ColoSpace", "ComputePool", "Connections", "ConnectorError", "IPAddress",
        "ImageDetail", "ImageDetailMap", "InsufficientPermission", "InvalidCredentials",
        "IpAddress", "LocalContext", "Locations", "Logger", "Metadata", "Network",
        "NflexInputWarning", "NoBillingReport", "OfflineApi", "Region", "Resource", "SaaSUser",
        "SaasUser", "Server", "ServiceOffering", "SpendError", "Volume", "convert_datetime",
        "serialize_list", "set_task_percentage", "setup_time_interval", "vcr_cassette_context",
        "CaseExpressionParser", "ExpressionParser", "MetricMappingError", "ParsedEntry",
        "SimpleExpressionParser", "TernaryExpressionParser", "VariableLookupError",
        "load_metric_mapping",
    }


def test_core_exports_every_serializer_and_model() -> None:
    """nflex_core exports each registered serializer and every name its __all__ lists."""
    assert nflex_core.__all__ == sorted(nflex_core.__all__)
    for name in nflex_core.__all__:
        assert hasattr(nflex_core, name), name
    for function in set(nflex_core.serialize.registry.values()) - {nflex_core.serialize.dispatch(object)}:
        assert getattr(nflex_core, function.__name__) is function


def test_warning_class_is_shared() -> None:
    """Both packages export the same warning class, a UserWarning."""
    assert nflex_connector_utils.NflexInputWarning is nflex_core.NflexInputWarning
    assert issubclass(nflex_core.NflexInputWarning, UserWarning)
