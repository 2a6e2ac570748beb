"""Progress of CMP account sync tasks: :func:`set_task_percentage`."""

from __future__ import annotations

from nflex_connector_utils.context import ApiContext
from nflex_connector_utils.errors import CmpApiError

__all__ = ["set_task_percentage"]


def set_task_percentage(
    context: ApiContext, task_id: str | None, percentage: int | float
) -> None:
    """Update the percentage of a running CMP account sync task.

    Does nothing when ``task_id`` is None (a connector run outside a task).

    Args:
        context: The connector's context; ``context.api`` sends the request.
        task_id: The CMP uuid of the task: the ``task_id`` key of the event.
        percentage: The percentage done, 0 to 100.

    Raises:
        CmpApiError: When CMP does not answer 200; the message contains
            ``Got bad response from tasks API: <status>, <body>``.
        ValueError: For a percentage outside 0..100; TypeError for one that is not a number.
    """
    if task_id is None:
        return
    if isinstance(percentage, bool) or not isinstance(percentage, (int, float)):
        raise TypeError(f"percentage must be a number, got {percentage!r}")
    if not 0 <= percentage <= 100:
        raise ValueError(f"percentage must be between 0 and 100, got {percentage!r}")
    path = f"/tasks/{task_id}/update"
    response = context.api.post(path=path, data={"percentage": percentage})
    if response.status_code != 200:
        raise CmpApiError("tasks", response.status_code, response.text, "POST", path)
