"""Every other command that reads a JSON file, over hostile bytes: it ends with exit 0 (done), 1 (the vendor or the
network refused, said so) or 2 (the file's problem, naming the file), never with a traceback.

(`clients push`, `workorders create`, `technicians`/`devices create`, `heatpumps register`, `orders create` and
`outbox import` have their own suites next to their features.)"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.cli import main

COMMANDS = {
    "jobcodes create": ["jobcodes", "create", "--file"],
    "jobcodes update": ["jobcodes", "update", "HEAT555", "--file"],
    "orders update": ["orders", "update", "--file"],
    "orders customer": ["orders", "customer", "--file"],
    "orders invoice": ["orders", "invoice", "--file"],
    "orders subcontract --update": ["orders", "subcontract", "--order", "FD-24001", "--update"],
}
_TEXT = st.text(max_size=10)
_VALUE = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | _TEXT,
                      lambda children: st.lists(children, max_size=3) | st.dictionaries(_TEXT, children, max_size=3),
                      max_leaves=8)
_KEYS = st.sampled_from(["PrimaryOrderNumber", "ContractExternalId", "CodeExternalId", "Description", "Customer",
                         "PropertyExternalId", "Address", "Contact", "SupplierExternalId", "InvoiceNumber", "Lines",
                         "OrderStatus", "CancelReason", "Quantity", "x"])


@pytest.mark.parametrize("command", list(COMMANDS))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(
    st.binary(max_size=80),
    _VALUE.map(lambda v: json.dumps(v, allow_nan=True).encode()),
    st.dictionaries(_KEYS, _VALUE, max_size=5).map(lambda v: json.dumps(v, allow_nan=True).encode()),
))
@example(data=b'{"PrimaryOrderNumber": "FD-24001", "Description": "\\ud800"}')
@example(data=b'{"PrimaryOrderNumber": ' + b"9" * 5000 + b"}")
@example(data=b"\xff\xfe{\x00}\x00")
def test_any_bytes_in_the_file_end_with_0_1_or_2_and_no_traceback(
        command: str, home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], data: bytes) -> None:
    path = tmp_path / "body.json"
    path.write_bytes(data)
    code = main([*COMMANDS[command], str(path)])
    err = capsys.readouterr().err
    assert code in (0, 1, 2), err
    assert "Traceback" not in err
    if code == 2:
        assert str(path) in err, err
