"""A wrong configuration is refused when read, naming where and what, never sending a user's data somewhere
else: unknown tables, keys and variables, URLs that are not https, secrets a header cannot carry, and any
bytes at all in config.toml."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.config import ConfigError, load_settings
from app.paths import Paths, resolve_paths


def _paths(tmp_path: Path, toml: str | bytes | None = None) -> Paths:
    paths = resolve_paths(tmp_path).ensure()
    if toml is not None:
        data = toml.encode("utf-8") if isinstance(toml, str) else toml
        paths.config_file.write_bytes(data)
    return paths


@pytest.mark.parametrize(("toml", "expected"), [
    ('[proplus]\nbaseurl = "https://api.example.invalid"\n', r"unknown key 'baseurl'; did you mean 'base_url'\?"),
    ('[pro_plus]\nbase_url = "https://api.example.invalid"\n', r"unknown table \[pro_plus\]; did you mean 'proplus'"),
    ('[foo]\nbar = 1\n', r"unknown table \[foo\]"),
    ('proplus = "https://api.example.invalid"\n', r"\[proplus\] must be a table"),
    ('profile = "live"\n', r"the profile is not a setting of this file: choose it with --profile or FIELDDESK_PROFILE"),
    ('base_url = "https://api.example.invalid"\n', r"base_url is outside any table: settings go in their vendor's "
                                                     r"table \(\[proplus\], "),
    ('[proplus]\nbase_url = true\n', r"proplus.base_url must be a string"),
])
def test_misspelt_configuration_is_refused_naming_the_key(tmp_path: Path, toml: str, expected: str) -> None:
    with pytest.raises(ConfigError, match=expected) as caught:
        load_settings(_paths(tmp_path, toml), environ={})
    assert "config.toml" in str(caught.value)


@pytest.mark.parametrize("url", [
    "api.example.invalid", "file:///etc/passwd", "ftp://api.example.invalid", "12345", "https://", "http://[::1",
    "https://api.example.invalid:70000", "https://api.example.invalid\n", "http://api.example.invalid",
    "http://192.168.1.10:8080", "https://api.example.invalid/ path",
])
def test_a_base_url_must_be_https_or_loopback_http(tmp_path: Path, url: str) -> None:
    with pytest.raises(ConfigError, match=r"proplus\.base_url|FIELDDESK_PROPLUS_BASE_URL"):
        load_settings(_paths(tmp_path), environ={"FIELDDESK_PROPLUS_BASE_URL": url})
    (tmp_path / "file").mkdir(exist_ok=True)
    escaped = url.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    with pytest.raises(ConfigError, match="base_url"):
        load_settings(_paths(tmp_path / "file", f'[proplus]\nbase_url = "{escaped}"\n'), environ={})


@pytest.mark.parametrize("url", ["https://api.example.invalid", "https://api.example.invalid:8443/base/",
                                 "http://127.0.0.1:8000", "http://localhost:9", "http://[::1]:8080"])
def test_good_base_urls_are_accepted(tmp_path: Path, url: str) -> None:
    settings = load_settings(_paths(tmp_path), environ={"FIELDDESK_PROPLUS_BASE_URL": url,
                                                         "FIELDDESK_PROPLUS_SECRET_KEY": "k3y-value"})
    assert settings.profile == "live" and settings.vendor("proplus").base_url == url.rstrip("/")


@pytest.mark.parametrize("secret", ["clé-secrète", "line\nbreak", "carriage\rreturn", "tab\there", "nul\x00"])
def test_a_secret_a_header_cannot_carry_is_refused_without_showing_it(tmp_path: Path, secret: str) -> None:
    with pytest.raises(ConfigError, match="FIELDDESK_PROPLUS_SECRET_KEY") as caught:
        load_settings(_paths(tmp_path), environ={"FIELDDESK_PROPLUS_BASE_URL": "https://api.example.invalid",
                                                 "FIELDDESK_PROPLUS_SECRET_KEY": secret})
    assert secret not in str(caught.value)


def test_a_misspelt_environment_variable_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"FIELDDESK_PROPLUS_BASEURL.*did you mean 'FIELDDESK_PROPLUS_BASE_URL'"):
        load_settings(_paths(tmp_path), environ={"FIELDDESK_PROPLUS_BASEURL": "https://api.example.invalid"})


def test_a_config_toml_that_is_a_folder_or_binary_is_named(tmp_path: Path) -> None:
    paths = _paths(tmp_path)
    paths.config_file.mkdir()
    with pytest.raises(ConfigError, match=r"config\.toml: cannot read"):
        load_settings(paths, environ={})
    other = _paths(tmp_path / "b", b"\xff\xfe[\x00p\x00")
    with pytest.raises(ConfigError, match=r"config\.toml: not a text file"):
        load_settings(other, environ={})


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(st.binary(max_size=300), st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass"))))
@example(data=b"[" * 5000)
@example(data=b"[proplus]\nbase_url = " + b"[" * 3000)
@example(data=b'[proplus]\nbase_url = "https://x.invalid"\nsecret_key = 1' + b"0" * 5000)
def test_any_bytes_in_config_toml_load_or_fail_with_the_file_named(tmp_path: Path, data: bytes) -> None:
    paths = _paths(tmp_path, data)
    try:
        load_settings(paths, environ={})
    except ConfigError as exc:
        assert "config.toml" in str(exc)
