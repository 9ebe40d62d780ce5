# -*- coding: utf-8 -*-
# The options every smtpconf module shares: which program, which file.
from __future__ import absolute_import, division, print_function

__metaclass__ = type


class ModuleDocFragment(object):
    DOCUMENTATION = r'''
options:
  config:
    description: The config file (default as smtpconf chooses it, see C(smtpconf --help)).
    type: path
  binary:
    description: The smtpconf program.
    type: str
    default: smtpconf
'''
