#!/usr/bin/python3
"""A local SMTP server for the reminder e-mail tests (python3-aiosmtpd, a real server).

Listens on 127.0.0.1 at a free port, which it prints on the first line of standard output, and
runs until standard input closes. With --cert and --key it offers STARTTLS and requires it, then
requires signing in as --login / --password; without them it offers neither (a server a client
must refuse to send reminders through). Each message is saved in --dir as NNN.eml (as received)
and NNN.json (parsed by Python's email package: envelope, headers decoded, text body, attachments).
"""
import argparse
import json
import os
import socket
import ssl
import sys
from email import policy
from email.parser import BytesParser

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Saver:
    def __init__(self, directory):
        self.directory = directory
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        base = os.path.join(self.directory, "%03d" % self.count)
        with open(base + ".eml", "wb") as f:
            f.write(envelope.original_content)
        message = BytesParser(policy=policy.default).parsebytes(envelope.original_content)
        body = message.get_body(preferencelist=("plain",))
        summary = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "from": str(message["From"]),
            "to": str(message["To"]),
            "subject": str(message["Subject"]),
            "date": str(message["Date"]),
            "message_id": str(message["Message-ID"]),
            "body": body.get_content() if body else None,
            "attachments": [
                {
                    "filename": part.get_filename(),
                    "content_type": part.get_content_type(),
                    "method": part.get_param("method"),
                    "content": part.get_content()
                    if part.get_content_maintype() == "text"
                    else part.get_content().decode("utf-8"),
                }
                for part in message.iter_attachments()
            ],
        }
        with open(base + ".json", "w", encoding="utf-8") as f:
            json.dump(summary, f, ensure_ascii=False)
        return "250 OK"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dir", required=True)
    parser.add_argument("--cert")
    parser.add_argument("--key")
    parser.add_argument("--login", default="clinic")
    parser.add_argument("--password", default="secret")
    args = parser.parse_args()

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    options = {}
    if args.cert:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.cert, args.key)

        def authenticator(server, session, envelope, mechanism, auth_data):
            ok = (
                isinstance(auth_data, LoginPassword)
                and auth_data.login.decode() == args.login
                and auth_data.password.decode() == args.password
            )
            return AuthResult(success=ok, handled=False)

        options = dict(
            tls_context=context,
            require_starttls=True,
            authenticator=authenticator,
            auth_required=True,
            auth_require_tls=True,
        )
    controller = Controller(Saver(args.dir), hostname="127.0.0.1", port=port, **options)
    controller.start()
    print(port, flush=True)
    sys.stdin.read()  # until the test closes it
    controller.stop()


if __name__ == "__main__":
    main()
