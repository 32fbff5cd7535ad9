#pragma once

// A real SMTP server on this computer for the reminder e-mail tests (smtp_server.py, with
// python3-aiosmtpd), and the self-signed certificate its STARTTLS presents. Neutral about the
// test framework: each says what went wrong in `error` (empty when ready).

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <nlohmann/json.hpp>

#include <vector>

namespace meso::test {

// A certificate for localhost and 127.0.0.1, made by openssl in `dir`.
struct Certificate
{
    QString cert, key, error;
    explicit Certificate(const QString &dir)
        : cert(dir + QStringLiteral("/cert.pem")), key(dir + QStringLiteral("/key.pem"))
    {
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                       QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")});
        if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0)
            error = QStringLiteral("openssl: ") + QString::fromUtf8(openssl.readAllStandardError());
    }
};

// The server, running until the object goes: STARTTLS required and signing in as clinic/secret
// with a certificate, neither without. Messages saved in `dir`, read back parsed.
class SmtpServer
{
public:
    SmtpServer(const QString &dir, const Certificate *tls) : m_dir(dir)
    {
        QDir().mkpath(dir);
        QStringList args = {sourceDir() + QStringLiteral("/tests/support/smtp_server.py"),
                            QStringLiteral("--dir"), dir};
        if (tls)
            args << QStringLiteral("--cert") << tls->cert << QStringLiteral("--key") << tls->key;
        // The system's Python: python3-aiosmtpd is a Debian package.
        m_process.start(QStringLiteral("/usr/bin/python3"), args);
        if (!m_process.waitForStarted(10000)) {
            error = QStringLiteral("cannot start /usr/bin/python3");
            return;
        }
        while (!m_process.canReadLine() && m_process.waitForReadyRead(20000)) {
        }
        port = m_process.readLine().trimmed().toInt();
        if (port <= 0)
            error = QStringLiteral("smtp_server.py: ") +
                    QString::fromUtf8(m_process.readAllStandardError());
    }
    ~SmtpServer()
    {
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
    }
    SmtpServer(const SmtpServer &) = delete;
    SmtpServer &operator=(const SmtpServer &) = delete;

    // The messages received, in order, as Python's email package read them.
    std::vector<nlohmann::json> messages() const
    {
        std::vector<nlohmann::json> out;
        const QStringList names =
            QDir(m_dir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        for (const QString &name : names) {
            QFile f(m_dir + QLatin1Char('/') + name);
            if (f.open(QIODevice::ReadOnly))
                out.push_back(nlohmann::json::parse(f.readAll().toStdString(), nullptr, false));
        }
        return out;
    }

    int port = 0;
    QString error;

private:
    QString m_dir;
    QProcess m_process;
};

} // namespace meso::test
