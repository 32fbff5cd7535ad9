#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

namespace meso::clinic {

// The clinic's own mail server, as its administrator sets it (Settings, shared by every
// workstation). The password is never stored with it: it is kept in each workstation's system
// keyring or asked (keyring.h).
struct MailSettings
{
    QString host;
    int port = 587;
    QString security = QStringLiteral("starttls"); // starttls, tls (implicit, port 465), none
    QString user;                                  // empty: the server asks for no sign-in
    QString from;                                  // the sender's address
    QString caFile; // a CA certificate (PEM) to trust besides the system's; empty: the system's

    bool configured() const { return !host.isEmpty() && !from.isEmpty(); }
};

// One e-mail: a plain text body and, optionally, one attachment.
struct MailMessage
{
    QString fromName; // shown beside the sender's address (the clinic's name)
    QString to, subject, body;
    QByteArray attachment;
    QString attachmentName, attachmentType; // "appointment.ics", "text/calendar"
};

// Sends e-mails through an SMTP server with libcurl: STARTTLS (required, never dropped to plain
// text) or implicit TLS, the server's certificate checked, sign-in when a user is set. One
// connection is reused for the messages of one session. Blocking: call it off the GUI thread.
class SmtpSession
{
    Q_DECLARE_TR_FUNCTIONS(meso::clinic::SmtpSession)
public:
    SmtpSession(const MailSettings &settings, const QString &password);
    ~SmtpSession();
    SmtpSession(const SmtpSession &) = delete;
    SmtpSession &operator=(const SmtpSession &) = delete;

    // Empty when the server accepted the message, else what went wrong, for people.
    QString send(const MailMessage &message);
    // Whether the last failure will fail every message (the server unreachable, its certificate
    // or STARTTLS refused, the password refused): a batch stops rather than try each one (a
    // server locks an account after repeated refused sign-ins).
    bool lastFailureStopsAll() const { return m_stopsAll; }
    bool lastFailureWasSignIn() const { return m_signIn; }

    // A header text as RFC 2047 writes text that is not ASCII ("=?UTF-8?B?...?=", in words of at
    // most 75 characters, a character never split); ASCII text as it is.
    static QString encodedWord(const QString &text);

private:
    struct Handle;
    std::unique_ptr<Handle> m_handle;
    MailSettings m_settings;
    QByteArray m_password;
    bool m_stopsAll = false, m_signIn = false;
};

} // namespace meso::clinic
