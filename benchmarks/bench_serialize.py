"""Speed of serialization against the floor, measured in the same run.

For N full servers (every documented field set, as in the documented example) it times:

- floor:  the same payload written as plain dict literals in a loop — what CPython needs just
          to allocate the output;
- core:   ``nflex_core.serialize_all`` over prebuilt core values;
- façade: building the ``nflex_connector_utils`` objects and ``serialize_list``;
- lazy:   ``nflex_core.iter_serialized`` consumed as a stream, each dict JSON-encoded to a file
          and dropped (input built lazily too), per resource.

Each figure is the best of a few repeats, with Python's default garbage collector on.
Run: ``python benchmarks/bench_serialize.py`` (``--quick`` for a smaller run).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timezone

import nflex_connector_utils as ncu
import nflex_core as core

SEEN = datetime(2026, 12, 4, 12, 0, tzinfo=timezone.utc)
SEEN_TEXT = "2026-12-04T12:00:00Z"
CREATED = datetime(2017, 2, 4)


def floor(ids: list[str]) -> list[dict[str, object]]:
    """The output payload as literals: the least any serializer has to do."""
    out: list[dict[str, object]] = []
    append = out.append
    for server_id in ids:
        append({
            "id": server_id,
            "type": "server",
            "base": {
                "name": "Server with lots of details",
                "provider_created_at": "2017-02-04T00:00:00Z",
                "last_seen_at": SEEN_TEXT,
                "native_portal_link": "http://www.example.com/servers/server-2",
                "locations": [{
                    "location": {"name": "Legendary Paris Place", "latitude": 48.860764,
                                 "longitude": 2.393646},
                    "city": {"name": "Paris"},
                    "country": {"name": "France"},
                }],
            },
            "connections": {"volume": [{"id": "volume-2"}], "network": [{"id": "network-1"}]},
            "metadata": {"provider_specific": {"key1": "value1", "key2": "value2"}},
            "details": {"server": {
                "cpu_cores": 2,
                "cpu_hz": 2500000000,
                "ram_b": 1073741824,
                "volumes_b": 1099511627776,
                "instance_type": None,
                "state": "stopped",
                "provider_state": "powered off",
                "ip_addresses": [{"ip_address": "192.168.0.1",
                                  "network": {"id": "network-1", "name": "Network 1"}}],
                "image_detail": {"id": "image-1", "name": "ubuntu 16.04", "architecture": "64",
                                 "distribution": "Ubuntu", "type": "Linux", "version": "16.04"},
            }},
        })
    return out


def core_server(server_id: str) -> core.Server:
    """A full server as a core value."""
    return core.Server(
        id=server_id,
        name="Server with lots of details",
        provider_created_at=CREATED,
        connections=core.Connections(by_type={"volume": ("volume-2",), "network": ("network-1",)}),
        metadata=core.Metadata(namespaces={"provider_specific": {"key1": "value1", "key2": "value2"}}),
        region=core.Region(id="region-1"),
        locations=core.Locations(items=(core.Location(
            country=core.LocationLevel(name="France"),
            city=core.LocationLevel(name="Paris"),
            location=core.LocationLevel(
                name="Legendary Paris Place", latitude=48.860764, longitude=2.393646
            ),
        ),)),
        native_portal_link="http://www.example.com/servers/server-2",
        state="stopped",
        provider_state="powered off",
        image_detail=core.ImageDetail(
            id="image-1", name="ubuntu 16.04", type="Linux", distribution="Ubuntu",
            version="16.04", architecture="64",
        ),
        cpu_cores=2,
        cpu_hz=2500000000,
        ram_b=1024 * 1024 * 1024,
        volumes_b=1024 * 1024 * 1024 * 1024,
        ip_addresses=(core.IpAddress(
            ip_address="192.168.0.1", network_id="network-1", network_name="Network 1"
        ),),
    )


def facade_server(server_id: str) -> ncu.Server:
    """A full server built as in the documented example."""
    return ncu.Server(
        id=server_id,
        name="Server with lots of details",
        provider_created_at=CREATED,
        connections=ncu.Connections(volumes=["volume-2"], networks=["network-1"]),
        metadata=ncu.Metadata([("key1", "value1"), ("key2", "value2")]),
        region=ncu.Region("region-1"),
        locations=ncu.Locations([{
            "country": {"name": "France"},
            "city": {"name": "Paris"},
            "location": {"name": "Legendary Paris Place", "latitude": 48.860764,
                         "longitude": 2.393646},
        }]),
        native_portal_link="http://www.example.com/servers/server-2",
        state="stopped",
        provider_state="powered off",
        image_detail=ncu.ImageDetail(id="image-1", name="ubuntu 16.04", type="Linux",
                                     distribution="Ubuntu", version="16.04", architecture="64"),
        cpu_cores=2,
        cpu_hz=2500000000,
        ram_b=1024 * 1024 * 1024,
        volumes_b=1024 * 1024 * 1024 * 1024,
        ip_addresses=[ncu.IpAddress(ip_address="192.168.0.1", network_id="network-1",
                                    network_name="Network 1")],
    )


def best_of(repeats: int, run: Callable[[], object]) -> float:
    """The shortest of ``repeats`` timed runs, in seconds (the output is dropped between)."""
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        result = run()
        elapsed = time.perf_counter() - start
        del result
        best = min(best, elapsed)
    return best


def lazy_stream(ids: list[str], sink: str) -> Callable[[], object]:
    """Build, serialize and JSON-encode one server at a time, keeping nothing."""

    def run() -> int:
        values: Iterator[core.Server] = (core_server(server_id) for server_id in ids)
        written = 0
        with open(sink, "w", encoding="utf-8") as stream:
            for resource in core.iter_serialized(values, SEEN):
                written += stream.write(json.dumps(resource))
        return written

    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="N = 1,000 and 10,000 only")
    arguments = parser.parse_args()
    sizes = (1_000, 10_000) if arguments.quick else (1_000, 10_000, 100_000)
    repeats = {1_000: 15, 10_000: 5, 100_000: 3}

    print(f"Python {platform.python_version()} on {platform.machine()}, "
          f"{os.cpu_count()} CPUs; microseconds per resource, best of repeats")
    print(f"{'N':>8} {'floor':>8} {'core':>8} {'façade':>8} {'lazy':>8} "
          f"{'core/floor':>11} {'façade/floor':>13}")
    lazy_cost: dict[int, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        sink = os.path.join(folder, "stream.jsonl")
        for n in sizes:
            ids = [f"server-{i}" for i in range(n)]
            values = [core_server(server_id) for server_id in ids]
            r = repeats[n]
            t_floor = best_of(r, lambda: floor(ids))
            t_core = best_of(r, lambda: core.serialize_all(values, SEEN))
            t_facade = best_of(
                r, lambda: ncu.serialize_list([facade_server(server_id) for server_id in ids])
            )
            t_lazy = best_of(r, lazy_stream(ids, sink))
            del values
            lazy_cost[n] = t_lazy / n
            print(f"{n:>8,} {t_floor / n * 1e6:>8.2f} {t_core / n * 1e6:>8.2f} "
                  f"{t_facade / n * 1e6:>8.2f} {t_lazy / n * 1e6:>8.2f} "
                  f"{t_core / t_floor:>10.2f}x {t_facade / t_floor:>12.2f}x")
    largest, smallest = max(sizes), min(sizes)
    print(f"lazy stream: cost per resource at N={largest:,} is "
          f"{lazy_cost[largest] / lazy_cost[smallest]:.2f}x its cost at N={smallest:,}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
