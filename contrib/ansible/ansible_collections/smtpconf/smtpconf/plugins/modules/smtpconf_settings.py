#!/usr/bin/python
# -*- coding: utf-8 -*-
from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r'''
module: smtpconf_settings
short_description: Set or remove smtpconf's outgoing-mail settings
description:
  - Runs C(smtpconf set --json KEY=VALUE...), or C(smtpconf unset --json KEY...) with I(state=absent),
    and reports what the binary says changed. In check mode it adds C(--dry-run), which writes nothing.
  - The task is changed exactly when the file changed; running it again with the same settings changes nothing.
  - smtpconf validates the result and saves only a valid file, atomically.
options:
  settings:
    description:
      - Settings as KEY=VALUE pairs; a bare key is [smtp], default_server.KEY the platform's default server.
      - With I(state=absent) only the keys are used.
      - Secrets do not belong here; use I(password), I(default_server_password), I(oauth2_client_secret) or
        I(default_server_oauth2_client_secret), which are never logged.
    type: dict
    default: {}
  password:
    description: The [smtp] password, handed to smtpconf on standard input (never on its command line).
    type: str
  default_server_password:
    description: The [default_server] password, handed over as I(password) is.
    type: str
  oauth2_client_secret:
    description: The [smtp] OAuth 2.0 client secret, handed over as I(password) is.
    type: str
  default_server_oauth2_client_secret:
    description: The [default_server] OAuth 2.0 client secret, handed over as I(password) is.
    type: str
  state:
    description: C(present) sets the keys; C(absent) removes them.
    type: str
    choices: [present, absent]
    default: present
extends_documentation_fragment:
  - smtpconf.smtpconf.smtpconf
'''

EXAMPLES = r'''
- name: Send through the company relay
  smtpconf.smtpconf.smtpconf_settings:
    settings:
      use_default: false
      sender: noreply@example.com
      host: mail.example.com
      port: 587
      starttls: true
      auth: plain
      username: app@example.com
    password: "{{ vault_smtp_password }}"
'''

RETURN = r'''
changed_keys:
  description: The keys whose values changed (or would change, in check mode).
  type: list
  elements: str
  returned: always
file:
  description: The config file smtpconf used.
  type: str
  returned: always
'''

from ansible.module_utils.basic import AnsibleModule
from ansible_collections.smtpconf.smtpconf.plugins.module_utils.smtpconf import base_command, run_json

# The keys smtpconf treats as secrets (config's IsSecret), in the forms set
# takes and reports them, each with the no_log option that carries it.
SECRET_OPTIONS = (('password', 'password'), ('default_server.password', 'default_server_password'),
                  ('oauth2_client_secret', 'oauth2_client_secret'),
                  ('default_server.oauth2_client_secret', 'default_server_oauth2_client_secret'))
SECRET_KEYS = dict(SECRET_OPTIONS)
SECRET_KEYS.update(('smtp.' + key, opt) for key, opt in SECRET_OPTIONS if '.' not in key)
HIDDEN = '********'


def text(value):
    """A value as smtpconf set takes it."""
    if isinstance(value, bool):
        return 'true' if value else 'false'
    return '' if value is None else str(value)


def main():
    module = AnsibleModule(
        argument_spec=dict(
            settings=dict(type='dict', default={}),
            password=dict(type='str', no_log=True),
            default_server_password=dict(type='str', no_log=True),
            oauth2_client_secret=dict(type='str', no_log=True),
            default_server_oauth2_client_secret=dict(type='str', no_log=True),
            state=dict(type='str', choices=['present', 'absent'], default='present'),
            config=dict(type='path'),
            binary=dict(type='str', default='smtpconf'),
        ),
        supports_check_mode=True,
    )
    p = module.params
    for key in p['settings']:
        if key.strip() in SECRET_KEYS:
            module.fail_json(msg='give %s with the %s option, which is never logged, not in settings'
                             % (key, SECRET_KEYS[key.strip()]))

    args = base_command(module)
    data = None
    secrets = [(key, p[opt]) for key, opt in SECRET_OPTIONS if p[opt] is not None]
    if p['state'] == 'absent':
        keys = list(p['settings']) + [key for key, _ in secrets]
        if not keys:
            module.exit_json(changed=False, changed_keys=[], file=p.get('config') or '')
        args += ['unset', '--json'] + keys
    else:
        if len(secrets) > 1:
            module.fail_json(msg='give one secret option per task (%s): smtpconf reads one value from standard input'
                             % ', '.join(opt for _, opt in secrets))
        assignments = ['%s=%s' % (key, text(value)) for key, value in p['settings'].items()]
        for key, value in secrets:
            assignments.append(key + '=-')
            data = value
        if not assignments:
            module.fail_json(msg='settings is empty: nothing to set')
        args += ['set', '--json'] + assignments
    if module.check_mode:
        args.append('--dry-run')

    rc, result, err = run_json(module, args, data=data)
    if result is None:
        module.fail_json(msg='smtpconf did not answer in JSON: %s' % err.strip(), rc=rc)
    if rc != 0 or not result.get('ok'):
        problems = ['%s: %s' % (pr.get('key'), pr.get('message')) for pr in result.get('problems', [])
                    if pr.get('severity') == 'error']
        msg = result.get('error') or 'smtpconf refused the settings'
        if problems:
            msg += ': ' + '; '.join(problems)
        module.fail_json(msg=msg, rc=rc, problems=result.get('problems', []), file=result.get('file'), stderr=err)

    changed = result.get('changed') or []
    out = dict(changed=bool(changed), changed_keys=changed, file=result.get('file'))
    if module._diff and changed:
        after = []
        for key in changed:
            if key in SECRET_KEYS:
                after.append('%s = %s' % (key, HIDDEN if p['state'] == 'present' else '(removed)'))
            elif p['state'] == 'absent':
                after.append('%s = (removed)' % key)
            else:
                value = p['settings'].get(key, p['settings'].get('smtp.' + key))
                after.append('%s = %s' % (key, text(value)))
        out['diff'] = dict(before='', after='\n'.join(after) + '\n',
                           before_header=result.get('file'), after_header=result.get('file'))
    module.exit_json(**out)


if __name__ == '__main__':
    main()
