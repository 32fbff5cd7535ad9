#include "smtpclient.h"

#include <QDateTime>
#include <QUuid>

#include <curl/curl.h>

#include <mutex>

namespace meso::clinic {

namespace {

// Text for a header: no line breaks (a header injection would add recipients or headers).
QString oneLine(const QString &text)
{
    QString t = text;
    t.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    return t.trimmed();
}

// A sender's name in a header: RFC 2047 words when not ASCII, else a quoted string (a comma or a
// dot in "Smith, Jones & Co." would otherwise make it two addresses, or none).
QString displayName(const QString &name)
{
    const QString encoded = SmtpSession::encodedWord(name);
    if (encoded != name)
        return encoded;
    QString quoted = name;
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

struct SmtpSession::Handle
{
    CURL *curl = nullptr;
    ~Handle()
    {
        if (curl)
            curl_easy_cleanup(curl);
    }
};

SmtpSession::SmtpSession(const MailSettings &settings, const QString &password)
    : m_handle(std::make_unique<Handle>()), m_settings(settings), m_password(password.toUtf8())
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    m_handle->curl = curl_easy_init();
}

SmtpSession::~SmtpSession() = default;

QString SmtpSession::encodedWord(const QString &text)
{
    bool ascii = true;
    for (const QChar c : text)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii)
        return text;
    // Each word holds at most 45 bytes of UTF-8 (60 in base64, 72 with its markers).
    QStringList words;
    QByteArray chunk;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray bytes = text.mid(i, length).toUtf8();
        i += length - 1;
        if (chunk.size() + bytes.size() > 45) {
            words << QStringLiteral("=?UTF-8?B?%1?=").arg(QString::fromLatin1(chunk.toBase64()));
            chunk.clear();
        }
        chunk += bytes;
    }
    if (!chunk.isEmpty())
        words << QStringLiteral("=?UTF-8?B?%1?=").arg(QString::fromLatin1(chunk.toBase64()));
    return words.join(QStringLiteral("\r\n "));
}

QString SmtpSession::send(const MailMessage &message)
{
    CURL *curl = m_handle->curl;
    if (!curl)
        return tr("the mail library could not start");
    const bool implicitTls = m_settings.security == QLatin1String("tls");
    // An IPv6 address goes in brackets in a URL.
    const QString host =
        m_settings.host.contains(QLatin1Char(':')) && !m_settings.host.startsWith(QLatin1Char('['))
            ? QLatin1Char('[') + m_settings.host + QLatin1Char(']')
            : m_settings.host;
    const QByteArray url =
        QStringLiteral("%1://%2:%3")
            .arg(implicitTls ? QStringLiteral("smtps") : QStringLiteral("smtp"), host)
            .arg(m_settings.port)
            .toUtf8();
    const QByteArray from = QStringLiteral("<%1>").arg(oneLine(m_settings.from)).toUtf8();
    const QByteArray to = QStringLiteral("<%1>").arg(oneLine(message.to)).toUtf8();
    const QByteArray user = m_settings.user.toUtf8();
    const QByteArray caFile = m_settings.caFile.toUtf8();

    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_USE_SSL,
                     m_settings.security == QLatin1String("none") ? long{CURLUSESSL_NONE}
                                                                  : long{CURLUSESSL_ALL});
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!caFile.isEmpty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, caFile.constData());
    if (!user.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, m_password.constData());
    }
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.constData());
    curl_slist *recipients = curl_slist_append(nullptr, to.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 20L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, 120L);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);

    const QString fromHeader =
        message.fromName.isEmpty()
            ? QStringLiteral("From: %1").arg(QString::fromUtf8(from))
            : QStringLiteral("From: %1 %2")
                  .arg(displayName(oneLine(message.fromName)), QString::fromUtf8(from));
    const QString domain = m_settings.from.section(QLatin1Char('@'), 1);
    const QStringList headerLines = {
        fromHeader,
        QStringLiteral("To: %1").arg(QString::fromUtf8(to)),
        QStringLiteral("Subject: %1").arg(encodedWord(oneLine(message.subject))),
        QStringLiteral("Date: %1").arg(QDateTime::currentDateTimeUtc().toString(Qt::RFC2822Date)),
        QStringLiteral("Message-ID: <%1@%2>")
            .arg(QUuid::createUuid().toString(QUuid::WithoutBraces), domain),
        QStringLiteral("MIME-Version: 1.0")};
    curl_slist *headers = nullptr;
    for (const QString &line : headerLines)
        headers = curl_slist_append(headers, line.toUtf8().constData());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);

    curl_mime *mime = curl_mime_init(curl);
    curl_mimepart *text = curl_mime_addpart(mime);
    const QByteArray body = message.body.toUtf8();
    curl_mime_data(text, body.constData(), static_cast<size_t>(body.size()));
    curl_mime_type(text, "text/plain; charset=UTF-8");
    curl_mime_encoder(text, "quoted-printable");
    if (!message.attachment.isEmpty()) {
        curl_mimepart *file = curl_mime_addpart(mime);
        curl_mime_data(file, message.attachment.constData(),
                       static_cast<size_t>(message.attachment.size()));
        curl_mime_type(file, message.attachmentType.toUtf8().constData());
        curl_mime_filename(file, message.attachmentName.toUtf8().constData());
        curl_mime_encoder(file, "base64");
    }
    curl_easy_setopt(curl, CURLOPT_MIMEPOST, mime);

    char error[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error);
    const CURLcode result = curl_easy_perform(curl);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, nullptr);
    curl_easy_setopt(curl, CURLOPT_MIMEPOST, nullptr);
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, nullptr);
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, nullptr);
    curl_mime_free(mime);
    curl_slist_free_all(headers);
    curl_slist_free_all(recipients);
    m_signIn = result == CURLE_LOGIN_DENIED;
    m_stopsAll = result != CURLE_OK && result != CURLE_SEND_ERROR && result != CURLE_RECV_ERROR &&
                 result != CURLE_WEIRD_SERVER_REPLY;
    if (result == CURLE_OK)
        return {};
    const QString detail = QString::fromUtf8(*error ? error : curl_easy_strerror(result)).trimmed();
    switch (result) {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
    case CURLE_OPERATION_TIMEDOUT:
        return tr("cannot reach the mail server %1, port %2 (%3)")
            .arg(m_settings.host)
            .arg(m_settings.port)
            .arg(detail);
    case CURLE_USE_SSL_FAILED:
        return tr("the mail server does not offer STARTTLS: nothing was sent unencrypted (%1)")
            .arg(detail);
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CONNECT_ERROR:
        return tr("the mail server's certificate cannot be trusted (%1)").arg(detail);
    case CURLE_LOGIN_DENIED:
        return tr("the mail server refused the user name or password (%1)").arg(detail);
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    default:
        return tr("the mail server did not accept the message (%1)").arg(detail);
    }
}

} // namespace meso::clinic
