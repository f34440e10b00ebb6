"""Execute one Jupyter notebook with nbclient and report, as JSON on stdout, what each
cell produced. Used by tests/jupyter/run_notebooks.ts; not a test on its own.

usage: execute.py NOTEBOOK CWD [--write]
"""
import json
import sys

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionComplete, CellExecutionError, CellTimeoutError, DeadKernelError
from nbclient.util import ensure_async
from queue import Empty

LATE_SECONDS = 1.0

path, cwd = sys.argv[1], sys.argv[2]
write = "--write" in sys.argv[3:]


class LateOutputClient(NotebookClient):
    """nbclient stops reading a cell's outputs at the kernel's 'idle' status. The Deno
    kernel can publish a cell's result just after that status, so keep reading that
    cell's messages for a moment longer instead of dropping them."""

    async def _async_poll_output_msg(self, parent_msg_id, cell, cell_index):
        await super()._async_poll_output_msg(parent_msg_id, cell, cell_index)
        while True:
            try:
                msg = await ensure_async(self.kc.iopub_channel.get_msg(timeout=LATE_SECONDS))
            except Empty:
                return
            if msg["parent_header"].get("msg_id") != parent_msg_id:
                continue
            if msg["msg_type"] == "status":
                continue
            try:
                self.process_message(msg, cell, cell_index)
            except CellExecutionComplete:
                pass


nb = nbformat.read(path, as_version=4)
client = LateOutputClient(
    nb,
    timeout=600,
    startup_timeout=120,
    kernel_name="deno",
    allow_errors=False,
    record_timing=False,
    resources={"metadata": {"path": cwd}},
)
error = None
try:
    client.execute()
except (CellExecutionError, CellTimeoutError, DeadKernelError) as e:
    error = str(e)[-4000:]
except Exception as e:  # the kernel could not start, and the like
    error = f"{type(e).__name__}: {e}"[-4000:]

cells = []
for i, cell in enumerate(nb.cells):
    if cell.cell_type != "code":
        continue
    outputs = cell.get("outputs", [])
    cells.append({
        "index": i,
        "tags": cell.get("metadata", {}).get("tags", []),
        "executed": cell.get("execution_count") is not None,
        "errors": [f"{o.get('ename')}: {o.get('evalue')}" for o in outputs if o.get("output_type") == "error"],
        "mimes": sorted({m for o in outputs for m in o.get("data", {}).keys()}),
        "svg": [o["data"]["image/svg+xml"] for o in outputs if "image/svg+xml" in o.get("data", {})][:1],
    })

if write and error is None:
    nbformat.write(nb, path)
print(json.dumps({"notebook": path, "cwd": cwd, "error": error, "cells": cells}))
