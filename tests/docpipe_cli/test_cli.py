"""The ``docpipe`` command's table of subcommands, and a subcommand whose distribution is absent."""

from __future__ import annotations

import pytest

from docpipe_cli import cli


class TestSeparateDistributions:
    def test_an_absent_protocol_server_is_named_with_what_to_install(self) -> None:
        """``docpipe server`` where docpipe-devserver is not installed (the AWS images) exits
        with a sentence naming the distribution, not a traceback."""
        with pytest.raises(SystemExit) as caught:
            cli._import_command("server", "devserver_not_installed_here.cli")
        assert "docpipe server: needs docpipe-devserver" in str(caught.value)

    def test_a_missing_module_of_docpipe_itself_is_not_hidden(self) -> None:
        """Only the separate distribution's own absence is explained; other errors propagate."""
        with pytest.raises(ModuleNotFoundError):
            cli._import_command("status", "docpipe_cli.no_such_module")

    def test_the_server_command_runs_the_installed_distribution(self) -> None:
        """With docpipe-devserver installed (make install), ``docpipe server`` is its CLI."""
        module = cli._import_command("server", cli.COMMANDS["server"][0])
        assert module.__name__ == "devserver.cli"
