"""An independent SMTP server for smtpconf's end-to-end tests.

Debian's python3-aiosmtpd, not go-smtp, speaks the protocol here, so the
tests find out whether mailer talks to a server it was not written beside.
The Go launcher (internal/aiosmtpd) starts it, reads the port it prints and
stops it with SIGTERM or by closing its stdin.

Every accepted message is written to --maildir as NNNN.json: the envelope,
whether the session was encrypted, who logged in, and the raw message
(base64, since a message need not be text). A file appears, complete,
before the client is told 250, so a client that got 250 can read it.
"""

import argparse
import asyncio
import base64
import itertools
import json
import logging
import os
import signal
import socket
import ssl
import sys
import threading
import warnings

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword


def parse_args():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--mode", choices=["plain", "starttls", "smtps"], required=True,
                   help="plain: no TLS at all; starttls: STARTTLS offered and required "
                        "before MAIL and AUTH; smtps: TLS from the first byte")
    p.add_argument("--cert", help="server certificate (PEM), for starttls and smtps")
    p.add_argument("--key", help="server private key (PEM), for starttls and smtps")
    p.add_argument("--user", default="", help="the one account; empty: no AUTH")
    p.add_argument("--password", default="")
    p.add_argument("--reject-sender", default="",
                   help="MAIL FROM of this address gets 553 5.7.1")
    p.add_argument("--maildir", required=True, help="where accepted messages are written")
    p.add_argument("--hostname", default="aiosmtpd.test",
                   help="the name in the greeting (set so that no DNS lookup happens)")
    return p.parse_args()


class Handler:
    """Accepts mail for anyone except the rejected sender and records it.

    No method here may start with auth_: aiosmtpd would take it for an
    AUTH mechanism.
    """

    def __init__(self, maildir, reject_sender):
        self.maildir = maildir
        self.reject_sender = reject_sender.lower()
        self.seq = itertools.count(1)

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        if self.reject_sender and address.lower() == self.reject_sender:
            return f"553 5.7.1 <{address}>: Sender address rejected: not owned by user"
        # A hook that answers must also fill the envelope, as aiosmtpd's default does.
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 2.1.0 OK"

    async def handle_DATA(self, server, session, envelope):
        n = next(self.seq)
        user = ""
        if session.authenticated and isinstance(session.auth_data, LoginPassword):
            user = session.auth_data.login.decode("utf-8", "replace")
        record = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "user": user,
            # session.ssl is set after STARTTLS; under smtps the transport itself is TLS.
            "tls": bool(session.ssl) or server.transport.get_extra_info("ssl_object") is not None,
            "data": base64.b64encode(envelope.original_content or envelope.content).decode(),
        }
        path = os.path.join(self.maildir, f"{n:04d}.json")
        # Written aside and renamed, so a reader never sees half a message.
        with open(path + ".tmp", "w", encoding="utf-8") as f:
            json.dump(record, f)
        os.replace(path + ".tmp", path)
        return f"250 2.0.0 Ok: queued as AIO{n:04d}"


def authenticator(user, password):
    want = (user.encode(), password.encode())

    def check(server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and (auth_data.login, auth_data.password) == want
        # handled=False lets aiosmtpd answer a failure with its own 535 5.7.8.
        return AuthResult(success=ok, handled=False, auth_data=auth_data if ok else None)

    return check


def tls_context(args):
    if not args.cert or not args.key:
        sys.exit(f"aiosmtpd_server: --mode {args.mode} needs --cert and --key")
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(args.cert, args.key)
    return ctx


async def serve(args):
    loop = asyncio.get_running_loop()
    handler = Handler(args.maildir, args.reject_sender)
    ctx = tls_context(args) if args.mode != "plain" else None

    kwargs = dict(hostname=args.hostname, loop=loop)
    if args.user:
        kwargs["authenticator"] = authenticator(args.user, args.password)
    if args.mode == "starttls":
        # As a submission server on 587 would: nothing but EHLO, STARTTLS and
        # QUIT before TLS, AUTH only over TLS, and no mail without a login.
        kwargs.update(tls_context=ctx, require_starttls=True, auth_require_tls=True,
                      auth_required=bool(args.user))
    else:
        # aiosmtpd only counts STARTTLS as TLS, so under smtps AUTH must be
        # allowed "without" it; in plain mode it is offered in clear text, as
        # smtptest does, for allow_insecure_auth.
        kwargs.update(auth_require_tls=False, auth_required=bool(args.user) and args.mode == "smtps")

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    server = await loop.create_server(lambda: SMTP(handler, **kwargs), sock=sock,
                                      ssl=ctx if args.mode == "smtps" else None)

    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    loop.add_signal_handler(signal.SIGINT, stop.set)
    # The launcher holds our stdin: when it closes it (or dies), we go too,
    # so no server outlives its test. A thread, not the event loop, reads it:
    # epoll refuses /dev/null and regular files. os.read, unlike sys.stdin,
    # holds no lock that would stop the interpreter from exiting under it.
    def watch_stdin():
        while os.read(0, 4096):
            pass
        loop.call_soon_threadsafe(stop.set)

    threading.Thread(target=watch_stdin, daemon=True).start()

    # Only now, listening, is the port announced: the launcher waits for this line.
    print(f"PORT {sock.getsockname()[1]}", flush=True)

    await stop.wait()
    server.close()
    await server.wait_closed()


def main():
    args = parse_args()
    # aiosmtpd logs every connection at INFO; errors (a handler's traceback)
    # still reach stderr, which the launcher shows when a test fails.
    logging.basicConfig(level=logging.ERROR, stream=sys.stderr)
    # auth_required without auth_require_tls warns; under smtps the whole
    # connection is TLS, which aiosmtpd cannot tell.
    warnings.filterwarnings("ignore", message="Requiring AUTH while not requiring TLS")
    asyncio.run(serve(args))


if __name__ == "__main__":
    main()
