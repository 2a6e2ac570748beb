"""Hypothesis strategies for valid core values, gathered in one place and reused."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from hypothesis import strategies as st

import nflex_core as core

ids = st.text(min_size=1, max_size=12)
texts = st.text(max_size=12)
optional_texts = st.none() | texts
sizes = st.none() | st.integers(min_value=0, max_value=2**63) | st.floats(
    min_value=0, max_value=1e18, allow_nan=False, allow_infinity=False
)
optional_bools = st.none() | st.booleans()

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**63)
    | st.floats(allow_nan=False, allow_infinity=False)
    | texts
)
json_values = st.recursive(
    json_scalars,
    lambda children: st.lists(children, max_size=3)
    | st.dictionaries(texts, children, max_size=3),
    max_leaves=8,
)

timezones = st.sampled_from(
    [None, timezone.utc, timezone(timedelta(hours=10)), timezone(timedelta(hours=-7, minutes=-30))]
)
datetimes = st.builds(
    lambda moment, tz: moment if tz is None else moment.replace(tzinfo=tz),
    st.datetimes(min_value=datetime(1971, 1, 1), max_value=datetime(9998, 1, 1)),
    timezones,
)
optional_datetimes = st.none() | datetimes

regions = st.builds(core.Region, id=ids)
latitudes = st.none() | st.floats(min_value=-90, max_value=90)
longitudes = st.none() | st.floats(min_value=-180, max_value=180)
location_levels = st.one_of(
    st.builds(core.LocationLevel, id=texts, name=optional_texts, latitude=latitudes,
              longitude=longitudes),
    st.builds(core.LocationLevel, name=texts, latitude=latitudes, longitude=longitudes),
)
optional_levels = st.none() | location_levels
location_items = st.builds(
    core.Location,
    location=optional_levels,
    city=optional_levels,
    state=optional_levels,
    country=optional_levels,
    region=optional_levels,
    type=st.none() | st.sampled_from(core.LOCATION_TYPES),
)
locations = st.builds(core.Locations, items=st.lists(location_items, max_size=3).map(tuple))
connection_types = st.sampled_from(["server", "volume", "network", "appliance", "circuit", "dns"])
connections = st.builds(
    core.Connections,
    by_type=st.dictionaries(connection_types, st.lists(ids, max_size=3).map(tuple), max_size=3),
    any=st.lists(json_values, max_size=3).map(tuple),
)
metadata = st.builds(
    core.Metadata,
    namespaces=st.dictionaries(ids, st.dictionaries(ids, json_values, max_size=3), max_size=3),
)
image_details = st.builds(
    core.ImageDetail,
    id=ids,
    name=optional_texts,
    type=optional_texts,
    distribution=optional_texts,
    version=optional_texts,
    architecture=optional_texts,
)
ip_addresses = st.builds(
    core.IpAddress,
    ip_address=optional_texts,
    network_id=optional_texts,
    network_name=optional_texts,
    description=optional_texts,
)
accounts = st.builds(core.Account, id=optional_texts, metadata=st.none() | metadata)

_common = {
    "id": ids,
    "name": texts,
    "provider_created_at": optional_datetimes,
    "native_portal_link": optional_texts,
    "region": st.none() | regions,
    "locations": st.none() | locations,
    "connections": st.none() | connections,
    "metadata": st.none() | metadata,
}

resources = st.one_of(
    st.builds(core.Resource, type=ids, **_common),
    st.builds(
        core.Server,
        cpu_cores=sizes, cpu_hz=sizes, ram_b=sizes, volumes_b=sizes,
        instance_type=optional_texts,
        state=st.sampled_from(core.SERVER_STATES),
        provider_state=texts,
        ip_addresses=st.lists(ip_addresses, max_size=3).map(tuple),
        image_detail=st.none() | image_details,
        is_virtual=optional_bools,
        **_common,
    ),
    st.builds(
        core.Volume,
        size_b=sizes, encrypted=optional_bools,
        iops=st.none() | st.integers(min_value=0, max_value=10**6),
        zone_name=optional_texts, **_common,
    ),
    st.builds(core.Network, **_common),
    st.builds(
        core.Appliance, type_id=st.none() | st.sampled_from(core.APPLIANCE_TYPES),
        size_b=sizes, **_common,
    ),
    st.builds(core.ServiceOffering, type_id=optional_texts, **_common),
    st.builds(
        core.ComputePool, cpu_hz=sizes, memory_b=sizes, storage_b=sizes,
        billing_tag=optional_texts, **_common,
    ),
    st.builds(
        core.SaasUser,
        avatar_url=optional_texts, phone=optional_texts, address=optional_texts,
        language=optional_texts, is_active=optional_bools, disk_quota_b=sizes,
        disk_used_b=sizes, email=optional_texts, country=optional_texts, **_common,
    ),
    st.builds(
        core.ColoSpace,
        power_allocation_w=sizes, type_id=optional_texts, colo_space_location=optional_texts,
        customer_name=optional_texts, customer_label=optional_texts,
        customer_description=optional_texts, combination=optional_texts, **_common,
    ),
    st.builds(
        core.Circuit,
        type_id=optional_texts, carrier=optional_texts, reference=optional_texts,
        endpoint_a=optional_texts, endpoint_b=optional_texts, **_common,
    ),
)

parts = st.one_of(
    regions, location_levels, location_items, locations, connections, metadata,
    image_details, ip_addresses, accounts,
)
models = resources | parts
