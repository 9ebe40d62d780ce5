# -*- coding: utf-8 -*-
# Shared by the smtpconf modules: find the binary, run one of its JSON
# commands, read its one JSON object. No smtpconf rule lives here.
from __future__ import absolute_import, division, print_function

__metaclass__ = type

import json


def base_command(module):
    """The binary and --config, as the task gives them."""
    binary = module.get_bin_path(module.params['binary'], required=True)
    args = [binary]
    if module.params.get('config'):
        args += ['--config', module.params['config']]
    return args


def run_json(module, args, data=None):
    """Runs smtpconf and returns (rc, the JSON object or None, stderr)."""
    rc, out, err = module.run_command(args, data=data, environ_update={'NO_COLOR': '1'})
    try:
        result = json.loads(out)
    except ValueError:
        result = None
    return rc, result, err
