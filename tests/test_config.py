"""Home folder, profile and live configuration, as DESIGN.md's contracts promise."""

from __future__ import annotations

from pathlib import Path

import keyring
import keyring.backends.fail
import keyring.backends.null
import pytest

from app.config import ConfigError, load_settings, store_keyring_secret
from app.paths import resolve_paths


def test_home_from_argument_beats_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDDESK_HOME", str(tmp_path / "env"))
    assert resolve_paths(tmp_path / "arg").database.parent == (tmp_path / "arg").resolve()
    assert resolve_paths().database.parent == (tmp_path / "env").resolve()


def test_profile_is_sandbox_until_a_vendor_is_configured(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path).ensure()
    assert load_settings(paths, environ={}).profile == "sandbox"
    live = load_settings(paths, environ={"FIELDDESK_PROPLUS_BASE_URL": "https://pro.example.invalid"})
    assert live.profile == "live"
    assert load_settings(paths, "sandbox", environ={"FIELDDESK_PROPLUS_BASE_URL": "https://x.invalid"}).profile \
        == "sandbox"
    assert load_settings(paths, environ={"FIELDDESK_PROFILE": "sandbox",
                                         "FIELDDESK_PROPLUS_BASE_URL": "https://x.invalid"}).profile == "sandbox"
    with pytest.raises(ConfigError, match="profile"):
        load_settings(paths, "staging", environ={})


def test_environment_overrides_config_toml_and_secrets_never_show(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path).ensure()
    paths.config_file.write_text('[proplus]\nbase_url = "https://toml.example.invalid"\nsecret_key = "from-toml"\n',
                                 encoding="utf-8")
    settings = load_settings(paths, environ={"FIELDDESK_PROPLUS_SECRET_KEY": "from-env"})
    proplus = settings.vendor("proplus")
    assert proplus.base_url == "https://toml.example.invalid"
    assert proplus.get("secret_key") == "from-env"
    assert "from-env" not in repr(proplus) and "from-env" not in repr(settings)


def test_broken_config_toml_names_the_file(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path).ensure()
    paths.config_file.write_text("[proplus\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"config\.toml"):
        load_settings(paths, environ={})


@pytest.mark.parametrize("backend", [keyring.backends.fail.Keyring, keyring.backends.null.Keyring])
def test_without_a_keyring_the_error_says_where_secrets_can_go(backend: type) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(backend())
    try:
        with pytest.raises(ConfigError, match="FIELDDESK_PROPLUS_SECRET_KEY"):
            store_keyring_secret("proplus", "secret_key", "typed-in-the-gui")
    finally:
        keyring.set_keyring(previous)
