#!/usr/bin/python
# -*- coding: utf-8 -*-
from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r'''
module: smtpconf_check
short_description: Check that the mail server accepts smtpconf's settings
description:
  - Runs C(smtpconf check --json) on the managed host; nothing is delivered.
  - Fails the task with smtpconf's error and hint when a step fails (wrong password, certificate, port...).
  - Changes nothing, so it also runs in check mode.
options:
  to:
    description: Also try RCPT TO this address (default the file's test_recipient).
    type: str
  timeout:
    description: Limit for each network step, such as 10s.
    type: str
extends_documentation_fragment:
  - smtpconf.smtpconf.smtpconf
'''

EXAMPLES = r'''
- name: The relay takes our settings
  smtpconf.smtpconf.smtpconf_check:
    to: admin@example.com
'''

RETURN = r'''
steps:
  description: Each step of the conversation, as smtpconf check --json gives it.
  type: list
  returned: always
hint:
  description: What to do about a failure.
  type: str
  returned: on failure
'''

from ansible.module_utils.basic import AnsibleModule
from ansible_collections.smtpconf.smtpconf.plugins.module_utils.smtpconf import base_command, run_json


def main():
    module = AnsibleModule(
        argument_spec=dict(
            to=dict(type='str'),
            timeout=dict(type='str'),
            config=dict(type='path'),
            binary=dict(type='str', default='smtpconf'),
        ),
        supports_check_mode=True,
    )
    p = module.params
    args = base_command(module) + ['check', '--json']
    if p['to']:
        args += ['--to', p['to']]
    if p['timeout']:
        args += ['--timeout', p['timeout']]
    rc, result, err = run_json(module, args)
    if result is None:
        module.fail_json(msg='smtpconf did not answer in JSON: %s' % err.strip(), rc=rc)
    fields = dict((k, result.get(k)) for k in ('steps', 'tls', 'mechanism', 'warnings', 'kind', 'failed_step'))
    if rc != 0 or not result.get('ok'):
        msg = result.get('error') or 'the check failed'
        if result.get('hint'):
            msg += ': ' + result['hint']
        module.fail_json(msg=msg, hint=result.get('hint'), error=result.get('error'), rc=rc, **fields)
    module.exit_json(changed=False, **fields)


if __name__ == '__main__':
    main()
