"""A small resources connector, as a connector author would write one.

Run it locally (no network needed):

    python -m nflex_connector_utils run examples/connector.py:get_resources

The "provider" here is a list of records; a real connector would call the provider's API (and
record that traffic with @vcr_cassette_context while developing).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from nflex_connector_utils import (
    Connections,
    ImageDetailMap,
    IpAddress,
    Logger,
    Metadata,
    Network,
    Region,
    Server,
    Volume,
    serialize_list,
    set_task_percentage,
    vcr_cassette_context,
)
from nflex_connector_utils.context import ConnectorContext
from nflex_core import JSONObject, ServerState


@dataclass(frozen=True)
class Instance:
    """A server as the provider describes it."""

    id: str
    name: str
    status: str
    image: str
    cpus: int
    memory_mb: int
    private_ip: str
    network: str
    launched: str
    volumes: tuple[str, ...] = ()
    tags: Mapping[str, str] = field(default_factory=dict)


IMAGES = ImageDetailMap({
    "ami-ubuntu-22": ("Ubuntu 22.04 LTS", "Linux", "Ubuntu", "22.04", "x86_64"),
})
STATES: Mapping[str, ServerState] = {"running": "running", "stopped": "stopped", "pending": "pending"}


@vcr_cassette_context
def fetch_instances(region: str) -> list[Instance]:
    """What a provider API would return (recorded to vcr.yaml when DEBUG_VCR is set)."""
    return [
        Instance(
            id="i-0001", name="web-1", status="running", image="ami-ubuntu-22", cpus=2,
            memory_mb=4096, private_ip="10.0.0.11", network="net-1",
            launched="2024-03-01T09:30:00Z", volumes=("vol-1",), tags={"team": "web"},
        ),
    ]


def _text(event: Mapping[str, object], key: str) -> str | None:
    value = event.get(key)
    return value if isinstance(value, str) else None


def get_resources(event: Mapping[str, object], context: ConnectorContext) -> list[JSONObject]:
    """Return the account's servers, volumes and networks in the CMP wire format."""
    logger = Logger(context, _text(event, "customer_id"), _text(event, "account_id"))
    task_id = _text(event, "task_id")
    instances = fetch_instances("eu-west-1")
    logger.info(f"{len(instances)} instance(s) found")
    set_task_percentage(context, task_id, 50)

    region = Region("eu-west-1")
    resources: list[Network | Volume | Server] = [
        Network(id="net-1", name="Production", region=region),
        Volume(id="vol-1", name="web-1 root", size_b=40 * 1024**3, encrypted=True,
               zone_name="eu-west-1a", region=region),
    ]
    for instance in instances:
        resources.append(Server(
            id=instance.id,
            name=instance.name,
            state=STATES.get(instance.status, "unknown"),
            provider_state=instance.status,
            provider_created_at=instance.launched,
            image_detail=IMAGES.get(instance.image),
            cpu_cores=instance.cpus,
            ram_b=instance.memory_mb * 1024**2,
            ip_addresses=IpAddress(ip_address=instance.private_ip, network_id=instance.network,
                                   network_name="Production"),
            connections=Connections(volumes=list(instance.volumes), networks=[instance.network]),
            metadata=Metadata(list(instance.tags.items())),
            region=region,
        ))
    set_task_percentage(context, task_id, 100)
    return serialize_list(resources)
